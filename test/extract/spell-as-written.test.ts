import assert from "node:assert/strict";
import { test } from "node:test";
import { createExtractor } from "../../src/extract/create-extractor.ts";
import { spellAsWritten } from "../../src/extract/output/spell-as-written.ts";
import { loadResources } from "../../src/resources/load-resources.ts";

test("a place key is spelled with the text's words: hamza and tāʾ marbūṭa kept, a joined و dropped", () => {
  assert.equal(spellAsWritten("جبل الاكراد", "جبلي التركمان والأكراد"), "جبل الأكراد");
  assert.equal(spellAsWritten("نوحيه غربيه", "وغربية قصفت القوات بلدتي نوحية شرقية وغربية"), "نوحية غربية");
  assert.equal(spellAsWritten("تل الصوان", "تلال"), "تل الصوان", "a word the text lacks stays as the key writes it");
});

test("the places of a dual head are written as the text spells them (example sentence written for this test)", async () => {
  const extract = createExtractor(await loadResources());
  const text = "قصفت قوات النظام بالمدفعية الثقيلة جبلي التركمان والأكراد في ريف اللاذقية الشمالي.";
  const names = extract({ id: "t", url: null, outlet: null, published: "2024-05-15", title: null, text }).events.map((e) => e.location.name_ar);
  assert.deepEqual(names.sort(), ["جبل الأكراد", "جبل التركمان"]);
});
