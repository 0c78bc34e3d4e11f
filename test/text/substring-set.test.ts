import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SubstringSet } from "../../src/text/substring-set.ts";

// Invented site-chrome phrases; the answer must be the one includes() gives for each string.
describe("SubstringSet", () => {
  const set = new SubstringSet(["حقوق النشر محفوظه", "تابعونا على", "اقرا ايضا", "x"]);
  const cases: readonly { readonly label: string; readonly text: string; readonly found: boolean }[] = [
    { label: "a phrase inside a line", text: "جميع حقوق النشر محفوظه 2024", found: true },
    { label: "a phrase at the end", text: "للمزيد تابعونا على", found: true },
    { label: "a phrase cut short at the end", text: "للمزيد تابعونا عل", found: false },
    { label: "a one-letter string", text: "box", found: true },
    { label: "nothing of the set", text: "قصف مدفعي على بلده في الريف الجنوبي", found: false },
    { label: "empty text", text: "", found: false },
  ];
  for (const c of cases) {
    test(c.label, () => {
      assert.equal(set.foundIn(c.text), c.found, "found");
      assert.equal(set.foundIn(c.text), ["حقوق النشر محفوظه", "تابعونا على", "اقرا ايضا", "x"].some((s) => c.text.includes(s)), "as includes()");
    });
  }
});

// Strings sharing their first letters (the article "ال") or shorter than the filing key, at every
// place of a line: the answer is includes()'s.
describe("SubstringSet: strings that share their opening, short strings, line ends", () => {
  const strings = ["المصدر الخبر", "الحقوق محفوظه", "المزيد من", "لا", "ويب"];
  const set = new SubstringSet(strings);
  const cases: readonly { readonly label: string; readonly text: string; readonly found: boolean }[] = [
    { label: "a word opening like a string, then not", text: "المصدر قال ان القصف استمر", found: false },
    { label: "the second of two strings on ال", text: "جميع الحقوق محفوظه لموقعنا", found: true },
    { label: "a three-letter string ending the line", text: "زوروا موقع ويب", found: true },
    { label: "a three-letter string cut at the end", text: "زوروا موقع وي", found: false },
    { label: "a two-letter string inside a word", text: "نقلا عن مصادر", found: true },
    { label: "text shorter than every long string", text: "ال", found: false },
  ];
  for (const c of cases) {
    test(c.label, () => {
      assert.equal(set.foundIn(c.text), c.found, "found");
      assert.equal(set.foundIn(c.text), strings.some((s) => c.text.includes(s)), "as includes()");
    });
  }
  test("every slice of an invented line, against includes()", () => {
    const line = "قالت المصادر ان المزيد من القصف طال الحقوق محفوظه ويبقى الوضع متوترا";
    const many = new SubstringSet(["ان المزيد", "طال الح", "الوضع م", "قوق", "يبقى", "xyz"]);
    for (let from = 0; from < line.length; from++) {
      for (let to = from; to <= line.length; to++) {
        const text = line.slice(from, to);
        assert.equal(many.foundIn(text), ["ان المزيد", "طال الح", "الوضع م", "قوق", "يبقى", "xyz"].some((s) => text.includes(s)), text);
      }
    }
  });
});
