import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isComposed, keyOfNormalized, keyOfNormalizedLength, normalize, normalizeKey, originalSpan } from "../../src/text/normalize.ts";

// Invented examples in the style of news text.
describe("normalize", () => {
  const cases: readonly { readonly label: string; readonly input: string; readonly text: string; readonly offsets: readonly number[] }[] = [
    { label: "harakat dropped, ta marbuta and alef forms folded", input: "وبِلدةِ إحسم", text: "وبلده احسم", offsets: [0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12] },
    { label: "Arabic digits and comma", input: "قتل ٣، جرح", text: "قتل 3, جرح", offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    { label: "tatweel and zero-width marks have no image", input: "غـارة\u200B", text: "غاره", offsets: [0, 2, 3, 4, 6] },
    { label: "empty", input: "", text: "", offsets: [0] },
  ];
  for (const c of cases) {
    test(c.label, () => {
      const n = normalize(c.input);
      assert.equal(n.text, c.text, "text");
      assert.deepEqual([...n.offsets], c.offsets, "offsets");
    });
  }

  test("a text longer than one chunk of characters comes back whole", () => {
    const input = "قصف ".repeat(3000) + "ـ".repeat(10);
    const n = normalize(input);
    assert.equal(n.text, "قصف ".repeat(3000));
    assert.equal(n.offsets.length, n.text.length + 1);
    assert.deepEqual(originalSpan(n, 4, 7), { start: 4, end: 7 });
  });
});

describe("keyOfNormalized", () => {
  const lines = [
    "«حقوق النشر محفوظة» — ٢٠٢٤",
    "  اقرأ أيضاً:  ",
    "Cafe\u0301 de la paix: مقهى", // a Latin letter with a combining accent: NFC still changes it
    "تابعونا على (تلغرام) !",
    "",
  ];
  for (const line of lines) {
    test(`same key as normalizeKey: ${JSON.stringify(line)}`, () => {
      const text = normalize(line).text;
      assert.equal(keyOfNormalized(text), normalizeKey(text));
      assert.equal(keyOfNormalized(text), normalizeKey(line));
    });
    test(`the composed flag given by the caller changes nothing: ${JSON.stringify(line)}`, () => {
      const text = normalize(line).text;
      const key = normalizeKey(text);
      assert.equal(keyOfNormalized(text, isComposed(text)), key, "flag as isComposed says");
      assert.equal(keyOfNormalized(text, false), key, "flag false (not known)");
      assert.equal(keyOfNormalizedLength(text, isComposed(text)), key.length, "length, flag as isComposed says");
      assert.equal(keyOfNormalizedLength(text, false), key.length, "length, flag false");
    });
  }
  test("isComposed: Arabic and Latin text yes, a combining accent no", () => {
    assert.equal(isComposed(normalize("قصف مدفعي على البلدة، 2024").text), true);
    assert.equal(isComposed("Cafe\u0301"), false);
  });
});

describe("keys fold separators as the pattern /[\\s\"'()\\[\\]«».,:;!?-]+/ then trim() did", () => {
  // The table-driven fold must give exactly what the regular expression gave, on every kind of
  // white space \s knows (ideographic space, byte order mark, line separator …) and at both ends.
  const byPattern = (text: string): string => text.replace(/[\s"'()\[\]«».,:;!?-]+/g, " ").trim();
  const lines = [
    "حلب",
    " ريف  حلب ",
    "(قرية) «الزيادية»: شمال-غرب",
    "\u3000قصف\ufeff مدفعي\u2028\u2003على\u00a0البلدة\t",
    "...!?",
    "",
    "a,b;c",
  ];
  for (const line of lines) {
    test(JSON.stringify(line), () => {
      const text = normalize(line).text;
      assert.equal(keyOfNormalized(text), byPattern(text));
      assert.equal(normalizeKey(line), byPattern(text));
      assert.equal(keyOfNormalizedLength(text), byPattern(text).length);
    });
  }
  test("a key with nothing to fold is the text itself", () => {
    const text = normalize("مدينه").text;
    assert.equal(keyOfNormalized(text), text);
  });
  test("isComposed answers as the character ranges did", () => {
    const ranges = /^[\u0000-\u02FF\u0600-\u060F\u061B-\u064A\u0660-\u066F\u0671-\u06D3\u2010-\u2027]*$/;
    for (const s of ["", "abc", "قصف…", "\u0610", "\u061a", "\u064b", "\u0670", "\u06d4", "\u2028", "\u2030", "e\u0301", "\ud83d\ude00"]) assert.equal(isComposed(s), ranges.test(s), JSON.stringify(s));
  });
});
