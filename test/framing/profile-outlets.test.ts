import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../src/model/article.ts";
import { profileOutlets } from "../../src/framing/profile-outlets.ts";
import { readArticleFraming } from "../../src/framing/read-article-framing.ts";
import { framingLexicon } from "./framing-test-lexicon.ts";

/** Invented outlets of known camp, two or three invented reports each. */
const OUTLETS: { outlet: string; camp: string; texts: string[] }[] = [
  {
    outlet: "dawla-news.example",
    camp: "government",
    texts: [
      "أحبطت وحدات من الجيش العربي السوري محاولة تسلل لمجموعات إرهابية باتجاه نقاط عسكرية في ريف اللاذقية الشمالي، وأوقعت قتلى في صفوف الإرهابيين.",
      "ذكر مراسل الوكالة أن الجيش العربي السوري حرر بلدة الحويز من التنظيمات الإرهابية وبدأ عمليات تمشيطها لإزالة ما خلفه الإرهابيون من عبوات.",
      "نقلت الوكالة عن مصدر عسكري أن وحدات الجيش دمرت أوكارا للإرهابيين في محيط قرية الفطيرة بريف إدلب.",
    ],
  },
  {
    outlet: "thawra-press.example",
    camp: "opposition",
    texts: [
      "قصفت ميليشيات الأسد بلدة البارة براجمات الصواريخ ما أدى إلى استشهاد رجل وإصابة طفلين، وفق ما أفاد الدفاع المدني السوري.",
      "تصدى الثوار لمحاولة تقدم قوات النظام على محور الملاجة، وقتلوا عددا من عناصرها بحسب مراسلنا في ريف إدلب.",
      "ارتكبت قوات الأسد مجزرة جديدة في المناطق المحررة بعد قصف بالبراميل المتفجرة على سوق شعبي.",
    ],
  },
  {
    outlet: "rojava-wire.example",
    camp: "kurdish",
    texts: [
      "استهدف جيش الاحتلال التركي ومرتزقته قرية في ريف تل تمر بقذائف الهاون، بحسب ما أفاد المركز الإعلامي لقوات سوريا الديمقراطية.",
      "أقدمت الفصائل الموالية لتركيا على اختطاف ثلاثة مواطنين من قرى عفرين المحتلة، وطالبت ذويهم بفدية، وفق مصادر محلية في شمال وشرق سوريا.",
    ],
  },
  {
    outlet: "global-wire.example",
    camp: "neutral",
    texts: [
      "قتل أربعة جنود من القوات الحكومية في هجوم شنه مقاتلون جهاديون على موقع عسكري في ريف حماة، بحسب المرصد السوري لحقوق الإنسان.",
      "قال مقاتلو المعارضة إنهم صدوا هجوما للقوات الحكومية قرب سراقب، بينما تحدث التلفزيون الرسمي عن تقدم للجيش السوري، ولم يتسن التحقق من الروايتين بشكل مستقل.",
    ],
  },
];

test("outlet profiles: invented outlets of known camp read right", () => {
  const articles: Article[] = OUTLETS.flatMap((o) =>
    o.texts.map((text, i) => ({ id: `${o.outlet}-${i}`, url: null, outlet: o.outlet, published: null, title: null, text })),
  );
  const profiles = profileOutlets(articles.map((a) => readArticleFraming(a, framingLexicon)));
  assert.equal(profiles.length, OUTLETS.length);
  for (const o of OUTLETS) {
    const p = profiles.find((x) => x.outlet === o.outlet);
    assert.ok(p, o.outlet);
    assert.equal(p.articles, o.texts.length);
    assert.equal(p.camp, o.camp, `${o.outlet}: ${JSON.stringify(p.scores)}`);
    assert.ok(p.terms.length > 0, `${o.outlet} has preferred terms`);
  }
});

test("outlet profiles: preferred terms and source shares", () => {
  const o = OUTLETS[0]!;
  const readings = o.texts.map((text, i) => readArticleFraming({ id: `g${i}`, url: null, outlet: o.outlet, published: null, title: null, text }, framingLexicon));
  const [p] = profileOutlets(readings);
  assert.ok(p);
  const terms = p.terms.map((t) => t.term);
  assert.ok(terms.includes("gov.saa"));
  assert.ok(terms.includes("gov.terrorists"));
  const army = p.sources.find((s) => s.kind === "army_statement");
  assert.deepEqual(army, { kind: "army_statement", articles: 1, share: 0.33 });
});

test("outlet profiles: articles with no outlet are grouped under one name", () => {
  const r = readArticleFraming({ id: "x", url: null, outlet: null, published: null, title: null, text: "قصفت قوات النظام القرية." }, framingLexicon);
  const [p] = profileOutlets([r, { ...r, article_id: "y" }]);
  assert.equal(p?.outlet, "(unknown)");
  assert.equal(p?.articles, 2);
});
