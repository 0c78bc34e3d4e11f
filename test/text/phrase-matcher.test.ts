import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { WordClass } from "../../src/text/light-stem.ts";
import { normalize } from "../../src/text/normalize.ts";
import { PhraseMatcher, type MatchKind } from "../../src/text/phrase-matcher.ts";
import { tokenize } from "../../src/text/tokenize.ts";

/** A small lexicon written for these tests: phrase → id, with its part of speech where it matters. */
const LEXICON: ReadonlyArray<{ phrase: string; id: string; pos?: WordClass }> = [
  { phrase: "يستهدف", id: "target-present", pos: "verb" },
  { phrase: "قصف", id: "shell", pos: "verb" },
  { phrase: "قصفوا", id: "shell-plural", pos: "verb" },
  { phrase: "يقصف", id: "shell-present", pos: "verb" },
  { phrase: "سيطر", id: "control", pos: "verb" },
  { phrase: "فرقت", id: "disperse", pos: "verb" },
  { phrase: "طهر", id: "clear", pos: "verb" },
  { phrase: "أصيب", id: "injured", pos: "verb" },
  { phrase: "استهداف", id: "targeting" },
  { phrase: "غارة", id: "raid" },
  { phrase: "غارة جوية", id: "air-raid" },
  { phrase: "هجمات", id: "attacks", pos: "noun" },
  { phrase: "مقاتلات", id: "jets" },
  { phrase: "مدني", id: "civilian" },
  { phrase: "قتيل", id: "dead" },
  { phrase: "الاستهدافات", id: "the-targetings" },
];

function matcher(): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>({ stems: true });
  for (const e of LEXICON) m.add(e.phrase, e.id, e.pos ? { pos: e.pos } : {});
  return m;
}

/** Invented sentences → the (id, kind, matched text) found, in order. */
const CASES: ReadonlyArray<{ label: string; text: string; want: ReadonlyArray<readonly [string, MatchKind, string]> }> = [
  { label: "present verb with an object pronoun", text: "الطائرات تستهدفها منذ الصباح", want: [["target-present", "stem", "تستهدفها"]] },
  { label: "present plural with an object pronoun and و", text: "ويستهدفونها كل يوم", want: [["target-present", "stem", "ويستهدفونها"]] },
  { label: "subjunctive plural", text: "لن يقصفوا القرية", want: [["shell-present", "stem", "يقصفوا"]] },
  { label: "future present", text: "سيقصفون الحي", want: [["shell-present", "stem", "سيقصفون"]] },
  { label: "past with an object pronoun", text: "قصفوها بالمدفعية", want: [["shell", "stem", "قصفوها"]] },
  { label: "a listed form wins over a stem", text: "قصفوا البلدة", want: [["shell-plural", "surface", "قصفوا"]] },
  { label: "a listed form behind a proclitic", text: "وقصفوا البلدة", want: [["shell-plural", "proclitic", "وقصفوا"]] },
  { label: "verbal noun with preposition and object pronoun", text: "قام باستهدافها أمس", want: [["targeting", "stem", "باستهدافها"]] },
  { label: "verbal noun followed by its object", text: "استهداف مسيرة لسيارة", want: [["targeting", "surface", "استهداف"]] },
  { label: "dual with the article", text: "بعد الغارتين على البلدة", want: [["raid", "stem", "الغارتين"]] },
  { label: "plural with proclitics", text: "وبالغارات على البلدة", want: [["raid", "stem", "وبالغارات"]] },
  { label: "two-word phrase, both words inflected", text: "نفذت غارتين جويتين", want: [["air-raid", "stem", "غارتين جويتين"]] },
  { label: "masculine dual", text: "سقط قتيلين", want: [["dead", "stem", "قتيلين"]] },
  { label: "masculine plural with the article", text: "أصيب المدنيين", want: [["injured", "surface", "أصيب"], ["civilian", "stem", "المدنيين"]] },
  { label: "article + plural of a listed article word", text: "وللاستهدافات", want: [["the-targetings", "proclitic", "وللاستهدافات"]] },
  // Negative cases: stems that collide with other words.
  { label: "NOT: a bare word that a feminine ending would make another (غار, a cave)", text: "دخلوا الغار", want: [] },
  { label: "NOT: the noun سيطرة is not the verb سيطر", text: "تحت سيطرة الفصائل", want: [] },
  { label: "NOT: the present تسيطر is not the past سيطر (a state, not an event)", text: "المناطق التي تسيطر عليها", want: [] },
  { label: "NOT: the division الفرقة is not the verb فرقت", text: "عناصر الفرقة الرابعة", want: [] },
  { label: "NOT: طهران is not a dual of طهر", text: "زار طهران", want: [] },
  { label: "NOT: نصيب is not a present of أصيب", text: "نصيب كل عائلة", want: [] },
  { label: "NOT: the fighters مقاتلين are not the jets مقاتلات", text: "عشرات المقاتلين", want: [] },
  { label: "NOT: cities المدن are not a civilian مدني", text: "في المدن الكبرى", want: [] },
  { label: "NOT: a noun's possessive (its attacks) is no event noun", text: "واصل هجماتها", want: [] },
];

describe("PhraseMatcher on stems", () => {
  const m = matcher();
  for (const c of CASES) {
    test(c.label, () => {
      const norm = normalize(c.text);
      const tokens = tokenize(norm.text);
      const got = m.findAll(tokens).map((x) => [x.value, x.match, norm.text.slice(tokens[x.first]!.start, tokens[x.last]!.end)] as const);
      const want = c.want.map(([id, kind, text]) => [id, kind, normalize(text).text] as const);
      assert.deepEqual(got, want);
    });
  }

  test("without stems, only forms match (the default)", () => {
    const plain = new PhraseMatcher<string>();
    plain.add("غارة", "raid");
    assert.deepEqual(plain.findAll(tokenize(normalize("الغارتين").text)), []);
    assert.equal(plain.findAll(tokenize(normalize("والغارة").text))[0]?.match, "proclitic");
  });

  test("longest first, then most exact", () => {
    const tokens = tokenize(normalize("غارتين جويتين").text);
    const all = m.matchesAt(tokens, 0);
    assert.deepEqual(all.map((x) => [x.value, x.last]), [["air-raid", 1], ["raid", 0]]);
  });

  test("spans stay token spans: first and last token of the match", () => {
    const norm = normalize("ثم نفذت غارتين جويتين على الحي");
    const tokens = tokenize(norm.text);
    const [hit] = m.findAll(tokens);
    assert.deepEqual([hit?.first, hit?.last], [2, 3]);
  });
});

describe("PhraseMatcher remembers what each token text may start", () => {
  test("a phrase added after a scan is found by the next scan", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("قوات النظام", "regime");
    const tokens = tokenize(normalize("قصفت قوات النظام بلدة سرمين").text);
    assert.deepEqual(matcher.findAll(tokens).map((m) => m.value), ["regime"]);
    matcher.add("سرمين", "sarmin");
    assert.deepEqual(matcher.findAll(tokens).map((m) => m.value), ["regime", "sarmin"]);
  });

  test("the same word met again gives the same matches, and the longest phrase still wins", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("الطائرات", "jets");
    matcher.add("الطائرات الحربية", "warplanes");
    const tokens = tokenize(normalize("حلقت الطائرات فوق القرية ثم قصفت الطائرات الحربية وعادت الطائرات").text);
    assert.deepEqual(matcher.findAll(tokens).map((m) => [m.value, m.match]), [["jets", "surface"], ["warplanes", "surface"], ["jets", "surface"]]);
  });
});

describe("PhraseMatcher, long lists read by second word", () => {
  // Invented entries: a dozen forces sharing "قوات", the bare word, one entry of three words.
  const forces = ["النظام", "الامن", "الاحتلال", "المعارضه", "التحالف", "الدفاع", "الشرطه", "الجيش", "الحرس", "البحريه", "النخبه", "الطوارئ"];
  const build = (): PhraseMatcher<string> => {
    const m = new PhraseMatcher<string>();
    for (const f of forces) m.add(`قوات ${f}`, `forces:${f}`);
    m.add("قوات", "forces");
    m.add("قوات الدفاع الوطني", "ndf");
    return m;
  };
  /** The greedy scan spelt out with matchesAt, which weighs every entry of every list. */
  const reference = (m: PhraseMatcher<string>, text: string): string[] => {
    const tokens = tokenize(normalize(text).text);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = m.matchesAt(tokens, i)[0];
      if (best) {
        out.push(`${best.value}@${best.first}-${best.last}:${best.match}`);
        i = best.last + 1;
      } else i++;
    }
    return out;
  };
  const found = (m: PhraseMatcher<string>, text: string): string[] =>
    m.findAll(tokenize(normalize(text).text)).map((x) => `${x.value}@${x.first}-${x.last}:${x.match}`);

  test("finds what a scan of every entry finds, longest first, through proclitics", () => {
    const m = build();
    for (const text of ["قصفت قوات النظام ووصلت قوات الدفاع الوطني", "وانسحبت وقوات الشرطة من البلدة", "قوات كثيرة", "انتشرت قوات", "لقوات الحرس والبحرية"]) {
      assert.deepEqual(found(m, text), reference(m, text), text);
    }
    assert.deepEqual(found(m, "ووصلت قوات الدفاع الوطني"), ["ndf@1-3:surface"]);
    assert.deepEqual(found(m, "وانسحبت وقوات الشرطة"), ["forces:الشرطه@1-2:proclitic"]);
    assert.deepEqual(found(m, "انتشرت قوات كثيرة"), ["forces@1-1:surface"]);
  });

  test("a phrase added after a lookup is found", () => {
    const m = build();
    assert.deepEqual(found(m, "قوات الصاعقة"), ["forces@0-0:surface"]);
    m.add("قوات الصاعقة", "forces:saiqa");
    assert.deepEqual(found(m, "قوات الصاعقة"), ["forces:saiqa@0-1:surface"]);
  });
});
