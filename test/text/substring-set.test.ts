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
