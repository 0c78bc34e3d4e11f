import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { englishReason, gradeEvent } from "../../src/merge/grade-event.ts";
import { PAIR_FEATURES } from "../../src/model/pair-feature.ts";
import { ACTOR_LABELS, GRADE_REASON_LABELS, gradeReasonText, MERGE_FEATURE_LABELS, mergeFeatureText, SOURCE_KIND_LABELS, SUB_EVENT_TYPE_LABELS } from "../../web/src/labels.ts";

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

  it("words every merge feature in both languages and reads stored reasons with their sign", () => {
    for (const feature of PAIR_FEATURES) {
      assert.match(MERGE_FEATURE_LABELS[feature].ar, /^[\u0600-\u06ff\s\d–]+$/, `${feature} in Arabic`);
      assert.doesNotMatch(MERGE_FEATURE_LABELS[feature].en, /:/, `${feature} in English words`);
    }
    assert.deepEqual(mergeFeatureText("lead:close +0.94", "en"), { text: "openings share many words", weight: 0.94 });
    assert.deepEqual(mergeFeatureText("actors:shared −0.44", "ar"), { text: MERGE_FEATURE_LABELS["actors:shared"].ar, weight: -0.44 });
    // A link stored by an older model may name a feature the page no longer words: shown as stored.
    assert.deepEqual(mergeFeatureText("article:retired-feature +1.20", "en"), { text: "article:retired-feature", weight: 1.2 });
    assert.deepEqual(mergeFeatureText("not eligible: same article", "en"), { text: "not eligible: same article", weight: null });
    assert.deepEqual(mergeFeatureText("constructor +0.10", "en"), { text: "constructor", weight: 0.1 }, "a name the table inherits is not a label");
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
