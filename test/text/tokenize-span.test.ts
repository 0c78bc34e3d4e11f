import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tokenize, tokenizeSpan, type Token } from "../../src/text/tokenize.ts";

/** A token's fields that tokenize and tokenizeSpan must agree on (memo is shared per word, not compared). */
const shape = (t: Token) => ({ kind: t.kind, start: t.start, end: t.end, text: t.text, forms: t.forms, stems: t.stems, conj: t.conj });

// Invented sentences in the style of news reports; each span is tokenised from the whole text and
// must give what tokenising its own slice at the same offset gives.
describe("tokenizeSpan", () => {
  const text = "قصفت الطائرات بلدة كفرنبل، صباح اليوم. وقتل 3.5 مدنيين و1,200 نازح. Reuters قالت: الحصيلة 12";
  const cases: readonly { readonly label: string; readonly from: number; readonly to: number }[] = [
    { label: "the whole text", from: 0, to: text.length },
    { label: "the second sentence", from: text.indexOf("وقتل"), to: text.indexOf("نازح.") + 5 },
    { label: "a span ending inside a number (the decimal part is not read past the end)", from: text.indexOf("وقتل"), to: text.indexOf("3.5") + 2 },
    { label: "a span ending inside a word", from: 5, to: 9 },
    { label: "a span with Latin letters and a final number", from: text.indexOf("Reuters"), to: text.length },
    { label: "an empty span", from: 10, to: 10 },
  ];
  for (const c of cases) {
    test(c.label, () => {
      const span = tokenizeSpan(text, c.from, c.to).map(shape);
      assert.deepEqual(span, tokenize(text.slice(c.from, c.to), c.from).map(shape));
      for (const t of span) assert.equal(text.slice(t.start, t.end), t.text, `offsets of "${t.text}" point into the text`);
    });
  }
  test("a word ending at the span's end is not read past it", () => {
    const tokens = tokenizeSpan("قتل مدنيين", 0, 6);
    assert.deepEqual(tokens.map((t) => t.text), ["قتل", "مد"]);
  });
});
