import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CompiledLexicons } from "../../src/extract/prepare/compiled-lexicons.ts";
import { prepareDocument } from "../../src/extract/prepare/prepare-document.ts";

// Invented lines in the style of news reports. The lexicons only matter for boilerplate: none here.
// These pin where sentences end, for any faster rewrite of the splitting (it runs for every line).
const lex = { boilerplateLines: new Set<string>(), boilerplatePhrases: { foundIn: () => false }, longestBoilerplateLine: 0 } as unknown as CompiledLexicons;
const sentences = (text: string): string[] => {
  const doc = prepareDocument({ id: "t", text } as never, lex);
  return doc.sentences.map((s) => doc.norm.text.slice(s.start, s.end));
};

describe("sentences end after . ! ? followed by white space, a quote, a bracket or the line's end", () => {
  test("a full stop, then white space", () => {
    assert.deepEqual(sentences("قصفت الطائرات البلدة. وقتل مدنيان."), ["قصفت الطايرات البلده.", "وقتل مدنيان."]);
  });
  test("a run of marks ends one sentence; a quote or bracket may follow", () => {
    assert.deepEqual(sentences('قال المصدر "انسحبوا!?" ثم صمت (اليوم.) وانتهى'), ['قال المصدر "انسحبوا!?', '" ثم صمت (اليوم.', ") وانتهي"]);
  });
  test("a decimal point and an abbreviation stay inside the sentence", () => {
    assert.deepEqual(sentences("بلغت الحصيلة 3.5 بالمئة حسب أ.ف.ب اليوم."), ["بلغت الحصيله 3.5 بالميه حسب ا.ف.ب اليوم."]);
  });
  test("a lone full stop close to the sentence's start does not end it", () => {
    assert.deepEqual(sentences("ب. قصف على القرية. تلاه اشتباك"), ["ب. قصف علي القريه.", "تلاه اشتباك"]);
  });
  test("white space of every kind around a sentence is left out of it", () => {
    assert.deepEqual(sentences("\u3000قصف مدفعي.\u2003\u00a0اشتباك عنيف\ufeff"), ["قصف مدفعي.", "اشتباك عنيف"]);
  });
});
