import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { englishReason, gradeEvent } from "../../src/merge/grade-event.ts";
import { ACTOR_LABELS, GRADE_REASON_LABELS, gradeReasonText, SOURCE_KIND_LABELS, SUB_EVENT_TYPE_LABELS } from "../../web/src/labels.ts";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

/** The page's one label table against the data it names (the unions are checked by the compiler). */
describe("the page's label table", () => {
  it("names every actor of the catalogue, in English exactly as the catalogue does", () => {
    const catalogue = read("data/lexicon/actors.json") as { actors: { key: string; name_en: string }[] };
    for (const actor of catalogue.actors) {
      const label = ACTOR_LABELS[actor.key];
      assert.ok(label, `no label for ${actor.key}`);
      assert.equal(label.en, actor.name_en, actor.key);
      assert.match(label.ar, /^[\u0600-\u06ff\s()]+$/, `${actor.key} in Arabic`);
    }
  });

  it("names every kind of credited source of the framing lexicon", () => {
    const framing = read("data/lexicon/framing.json") as { sources: { id: string }[] };
    for (const source of framing.sources) assert.ok(SOURCE_KIND_LABELS[source.id], source.id);
  });

  it("words every grade reason in both languages, the English as the CLI prints it", () => {
    const cases = [
      gradeEvent({ outlets: ["a.example", "b.example"], perpetrators: ["SYR_GOV", "RUS_MIL"], killed: [2, 30], injured: [] }),
      gradeEvent({ outlets: ["a.example", "b.example"], perpetrators: ["SYR_GOV"], killed: [3], injured: [] }),
      gradeEvent({ outlets: ["a.example"], perpetrators: [], killed: [], injured: [] }),
      gradeEvent({ outlets: [], perpetrators: [], killed: [], injured: [] }),
    ];
    const kinds = new Set(cases.flatMap((c) => c.reasons.map((r) => r.kind)));
    assert.deepEqual([...kinds].sort(), Object.keys(GRADE_REASON_LABELS).sort(), "every kind of reason is exercised");
    for (const grade of cases) {
      for (const reason of grade.reasons) {
        assert.match(gradeReasonText(reason, "ar"), /[\u0600-\u06ff]/);
        assert.doesNotMatch(gradeReasonText(reason, "ar"), /\b(reports?|only|outlets?|figures)\b/);
        if (reason.kind !== "perpetrators-disagree") assert.equal(gradeReasonText(reason, "en"), englishReason(reason));
      }
    }
  });

  it("has an Arabic name for every sub-event type", () => {
    for (const [type, label] of Object.entries(SUB_EVENT_TYPE_LABELS)) assert.match(label.ar, /[\u0600-\u06ff]/, type);
  });
});
