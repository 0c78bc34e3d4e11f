import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../src/model/article.ts";
import { readArticleFraming } from "../../src/framing/read-article-framing.ts";
import { framingLexicon } from "./framing-test-lexicon.ts";

function article(id: string, text: string, outlet: string | null = null): Article {
  return { id, url: null, outlet, published: null, title: null, text };
}

/** Short reports written for the project in each camp's register → the camp they must read as. */
const CASES: { label: string; camp: string; text: string }[] = [
  {
    label: "government register",
    camp: "government",
    text:
      "حررت وحدات من الجيش العربي السوري قرية تل الورد في ريف حماة الشمالي بعد القضاء على أعداد من الإرهابيين وتدمير أوكارهم. " +
      "وذكر مراسل سانا أن قواتنا المسلحة تابعت عملياتها ضد التنظيمات الإرهابية على محور السهل.",
  },
  {
    label: "opposition register",
    camp: "opposition",
    text:
      "استشهد أربعة مدنيين بينهم طفلان جراء قصف ميليشيات الأسد بالبراميل المتفجرة على بلدة كفر سلام في ريف إدلب الجنوبي. " +
      "وقال مراسلنا إن الثوار تصدوا لمحاولة تقدم قوات النظام على محور التلال وكبدوها خسائر في العتاد.",
  },
  {
    label: "Kurdish register",
    camp: "kurdish",
    text:
      "قصف جيش الاحتلال التركي ومرتزقته قرى في ريف كري سبي المحتلة، فيما أكدت مصادر محلية لمراسلنا أن الفصائل الموالية لتركيا " +
      "نهبت منازل النازحين في سري كانيه. وتشهد مناطق شمال وشرق سوريا تصعيدا منذ أسبوع، بحسب قوات سوريا الديمقراطية.",
  },
  {
    label: "neutral wire register",
    camp: "neutral",
    text:
      "قتل ستة عناصر من القوات الحكومية في هجوم شنه مقاتلون جهاديون على مواقع في ريف اللاذقية، وفق ما أفاد المرصد السوري لحقوق الإنسان. " +
      "وتسيطر الفصائل المقاتلة على أجزاء من المنطقة، فيما قال مقاتلو المعارضة لوكالة فرانس برس إنهم صدوا هجوما مضادا.",
  },
  {
    label: "opposition outlet quoting a SANA statement stays opposition",
    camp: "opposition",
    text:
      "واصلت قوات الأسد قصفها على قرى جبل الزاوية. وزعمت وكالة سانا التابعة للنظام أن «وحدات من الجيش العربي السوري قضت على " +
      "مجموعات إرهابية حاولت التسلل نحو نقاط الجيش في ريف إدلب الجنوبي وحررت التلة». بينما أكد مراسلنا أن الثوار استهدفوا " +
      "مواقع لميليشيات النظام ودمروا آلية.",
  },
  {
    label: "government outlet quoting the Observatory stays government",
    camp: "government",
    text:
      "وزعم المرصد المعارض أن «قوات النظام ارتكبت مجزرة بحق المدنيين وأن الثوار ما زالوا يسيطرون على البلدة». " +
      "في حين أكد مصدر عسكري لمراسلنا أن وحدات الجيش العربي السوري دكت أوكار الإرهابيين في المنطقة.",
  },
  {
    label: "Kurdish outlet quoting the Turkish ministry stays Kurdish",
    camp: "kurdish",
    text:
      "ادعت وزارة الدفاع التركية أن «قواتها حيدت عددا من الإرهابيين في منطقة عملياتها شرق الفرات». " +
      "بينما قال المركز الإعلامي لقوات سوريا الديمقراطية إن قصف الاحتلال التركي ومرتزقته طال قرى آهلة بالسكان في ريف سري كانيه بشمال وشرق سوريا.",
  },
  {
    label: "a report with no framing words is unclear",
    camp: "unclear",
    text: "عقد مجلس الأمن جلسة لبحث تمديد آلية إدخال المساعدات عبر الحدود، وصوت الأعضاء على القرار بالإجماع.",
  },
];

for (const c of CASES) {
  test(`reading: ${c.label}`, () => {
    const r = readArticleFraming(article(c.label, c.text), framingLexicon);
    assert.equal(r.camp, c.camp, `scores ${JSON.stringify(r.scores)}`);
    if (c.camp !== "unclear") {
      assert.ok(r.confidence > 0, "a reading carries a confidence");
      assert.ok(r.evidence.length > 0, "a reading carries evidence");
      for (const e of r.evidence) assert.equal(c.text.slice(e.start, e.end), e.text);
    } else {
      assert.equal(r.evidence.length, 0);
    }
  });
}

test("reported speech weighs less than the outlet's own voice", () => {
  const own = readArticleFraming(article("a", "قضت وحدات الجيش على الإرهابيين."), framingLexicon);
  const reported = readArticleFraming(article("b", "وقالت الوكالة إن «وحدات الجيش قضت على الإرهابيين في المنطقة»."), framingLexicon);
  assert.ok(reported.scores.government > 0);
  assert.ok(reported.scores.government < own.scores.government * 0.5);
});

test("credited sources are found with an attribution cue, not on bare mention", () => {
  const text = "وأفاد المرصد السوري لحقوق الإنسان بمقتل ثلاثة، بحسب مصادر محلية، بينما نقلت سانا عن مصدر عسكري رواية أخرى. وزار وفد مبنى المرصد.";
  const r = readArticleFraming(article("s", text), framingLexicon);
  assert.deepEqual(r.sources.map((s) => s.kind), ["observatory", "local_sources", "state_agency", "army_statement"]);
  for (const s of r.sources) assert.equal(text.slice(s.start, s.end), s.text);
});
