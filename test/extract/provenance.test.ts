/**
 * Every field an event carries says which rule set it and which words support it: the trigger met
 * through its light stem says so, the coding-policy rule ids land on the fields they set, the skip
 * reasons of background sentences are enumerable, and every evidence span is the text it claims.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createExtractor, type Extractor } from "../../src/extract/create-extractor.ts";
import { CODING_RULES } from "../../src/extract/code/policy/coding-rules.ts";
import { loadResources } from "../../src/resources/load-resources.ts";

const article = (id: string, text: string) => ({ id, url: null, outlet: "example.org", published: "2024-05-15", title: null, text });

describe("provenance of extracted fields", () => {
  let extract: Extractor;
  before(async () => {
    extract = createExtractor(await loadResources());
  });

  test("a trigger met only through its light stem says so", () => {
    // Invented example: a present-tense verb with an object pronoun, listed in the lexicon as a past form.
    const { events } = extract(article("prov-stem", "وقالت مصادر محلية إن قوات النظام تستهدفها بالمدفعية الثقيلة في بلدة سرمين منذ الصباح."));
    const rule = events[0]?.provenance.find((p) => p.field === "sub_event_type")?.rule ?? "";
    assert.match(rule, /match:stem/, `provenance: ${rule}`);
  });

  test("the policy rule that set a field is named on it", () => {
    // Invented example: warplanes with no nationality named; the theatre's usual striker is actor1.
    const { events } = extract(article("prov-policy", "شن الطيران الحربي غارات جوية على بلدة كفرنبل جنوب إدلب صباح اليوم."));
    const rule = events[0]?.provenance.find((p) => p.field === "actor1")?.rule ?? "";
    assert.match(rule, /actor1:unattributed-remote/);
    assert.ok(CODING_RULES.some((r) => rule.includes(r.id)));
  });

  test("every evidence span is the text it claims, in the original article", () => {
    const text = "قصفت قوات النظام\u00a0بالمدفعية بلدة سرمين شرق إدلب، ما أدى لمقتل مدنيَّين اثنين.\nوأسفر الهجوم عن إصابة ثلاثة آخرين.";
    const { events } = extract(article("prov-spans", text));
    assert.ok(events.length > 0);
    for (const e of events) {
      assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
      for (const p of e.provenance) if (p.evidence) assert.equal(text.slice(p.evidence.start, p.evidence.end), p.evidence.text, `${p.field} ${p.rule}`);
    }
  });
});
