import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { lexiconStemKeys, lightStems, stemKey } from "../../src/text/light-stem.ts";
import { normalizeKey } from "../../src/text/normalize.ts";
import { tokenize } from "../../src/text/tokenize.ts";
import { hasArticle, wordForms, withoutArticle, withoutConjunction } from "../../src/text/word-forms.ts";

/** Words written for these tests (no article text): word → the stem keys it must have and must not. */
const STEM_CASES: ReadonlyArray<{ word: string; has: readonly string[]; not?: readonly string[]; label: string }> = [
  { label: "present verb + object pronoun", word: "تستهدفها", has: ["i+:ستهدف"] },
  { label: "present plural + object pronoun keeps ون", word: "يستهدفونها", has: ["i+:ستهدف", "v+:يستهدف"] },
  { label: "present plural", word: "يقصفون", has: ["i:قصف"] },
  { label: "subjunctive plural", word: "يقصفوا", has: ["v:يقصف", "i:قصف"] },
  { label: "future", word: "سيقصفون", has: ["i:قصف"] },
  { label: "feminine plural behind a prefix", word: "يقصفن", has: ["i:قصف"] },
  { label: "past plural", word: "قصفوا", has: ["v:قصف"] },
  { label: "past feminine", word: "قصفت", has: ["v:قصف"] },
  { label: "verbal noun + object pronoun", word: "استهدافها", has: ["p:استهداف"] },
  { label: "ه read as ة", word: "غارة", has: ["f:غار"] },
  { label: "dual with the article", word: "الغارتين", has: ["f:الغار"] },
  { label: "plural", word: "غارات", has: ["f:غار"] },
  { label: "ة written ت before a pronoun", word: "غارتها", has: ["f+:غار"] },
  { label: "masculine plural", word: "مدنيين", has: ["m:مدني"] },
  { label: "masculine dual", word: "قتيلين", has: ["m:قتيل"] },
  { label: "construct plural + pronoun", word: "مقاتليها", has: ["m+:مقاتل"] },
  { label: "feminine and masculine plurals differ", word: "مقاتلات", has: ["f:مقاتل"], not: ["m:مقاتل"] },
  { label: "no verb prefix on a word with the article", word: "التقدم", has: [], not: ["i:قدم"] },
  { label: "a prefix alone leaves no three-letter stem", word: "نصيب", has: [], not: ["i:صيب"] },
  { label: "bare present verb of three radicals is left alone", word: "يقصف", has: [], not: ["i:قصف"] },
  { label: "no two-letter stem", word: "بيت", has: [], not: ["v:بي"] },
  { label: "ي is not read as a pronoun (nisba, ى)", word: "مدني", has: [], not: ["p:مدن"] },
  { label: "ى normalised is not a pronoun either", word: "قتلى", has: [], not: ["p:قتل"] },
  { label: "ن alone does not end a verb", word: "كمين", has: [], not: ["v:كمي"] },
  { label: "no noun ending read again as a verb's", word: "مدنيين", has: ["m:مدني"], not: ["v:مدنيي"] },
  { label: "alef is not a verb prefix", word: "استهدف", has: [], not: ["i:ستهدف"] },
];

describe("lightStems", () => {
  for (const c of STEM_CASES) {
    test(`${c.label}: ${c.word}`, () => {
      const keys = lightStems(normalizeKey(c.word)).map(stemKey);
      for (const k of c.has) assert.ok(keys.includes(k), `${c.word} lacks ${k}; has ${keys.join(" ")}`);
      for (const k of c.not ?? []) assert.ok(!keys.includes(k), `${c.word} must not have ${k}`);
    });
  }

  test("never returns the word itself, nor a stem under three letters", () => {
    for (const c of STEM_CASES) {
      const w = normalizeKey(c.word);
      for (const s of lightStems(w)) {
        assert.notEqual(s.stem, w);
        assert.ok(s.stem.length >= 3, `${w} → ${s.stem}`);
      }
    }
  });

  test("is deterministic", () => {
    assert.deepEqual(lightStems("وتستهدفونها"), lightStems("وتستهدفونها"));
  });
});

describe("lexiconStemKeys", () => {
  test("a bare word accepts inflected text words but not a feminine one", () => {
    const keys = lexiconStemKeys("قصف");
    assert.ok(keys.has("v:قصف") && keys.has("p:قصف"));
    assert.ok(!keys.has("f:قصف"));
  });
  test("a noun takes no pronoun", () => {
    assert.ok(lexiconStemKeys("هجمات").has("f+:هجم"));
    assert.ok(!lexiconStemKeys("هجمات", "noun").has("f+:هجم"));
    assert.ok(lexiconStemKeys("هجمات", "noun").has("f:هجم"));
  });
  test("a short bare word takes no dual: طهران is no dual of طهر", () => {
    assert.ok(!lexiconStemKeys("طهر").has("m:طهر"));
  });
  test("a past in ت takes no pronoun: سيطرتها is a noun", () => {
    assert.ok(!lexiconStemKeys("سيطرت").has("p:سيطرت"));
  });
});

/** Proclitic forms: word → forms, the surface first. */
const FORM_CASES: ReadonlyArray<{ word: string; forms: readonly string[] }> = [
  { word: "وللجيش", forms: ["وللجيش", "للجيش", "الجيش", "جيش"] },
  { word: "وبريف", forms: ["وبريف", "بريف", "ريف"] },
  { word: "فالقصف", forms: ["فالقصف", "القصف", "قصف"] },
  { word: "الم", forms: ["الم"] },
  { word: "وقع", forms: ["وقع", "قع"] },
];

describe("wordForms and the proclitic helpers", () => {
  for (const c of FORM_CASES) {
    test(c.word, () => assert.deepEqual(wordForms(c.word), c.forms));
  }
  test("hasArticle sees the article behind و and ب", () => {
    assert.equal(hasArticle("وبالقريه"), true);
    assert.equal(hasArticle("القريه"), true);
    assert.equal(hasArticle("بلده"), false);
  });
  test("withoutArticle keeps two-letter remainders whole", () => {
    assert.equal(withoutArticle("الموزره"), "موزره");
    assert.equal(withoutArticle("الرق"), null);
  });
  test("withoutConjunction", () => {
    assert.equal(withoutConjunction("وقصف"), "قصف");
    assert.equal(withoutConjunction("وو"), null);
  });
});

describe("tokens", () => {
  test("carry forms and stems, offsets untouched", () => {
    const text = "شنت وباستهدافها";
    const [a, b] = tokenize(text);
    assert.deepEqual([a!.start, a!.end, b!.start, b!.end], [0, 3, 4, 15]);
    assert.equal(text.slice(b!.start, b!.end), "وباستهدافها");
    assert.ok(b!.forms.includes("استهدافها"));
    assert.ok(b!.stems.includes("p:استهداف"));
  });
  test("numbers and punctuation have no stems", () => {
    for (const t of tokenize("12 ،")) assert.deepEqual(t.stems, []);
  });
});
