import assert from "node:assert/strict";
import { test } from "node:test";
import { foldDecisions } from "../../src/review/fold-decisions.ts";
import type { DecisionRow } from "../../src/store/review/decision-queries.ts";

const MACHINE = { fatalities: 2, actor1: "SYR_GOV" };
let next = 1;
function d(action: string, after: object | null = null, reverts: number | null = null, user = "ana"): DecisionRow {
  const id = next++;
  return { id, event_id: "ev", anchor_key: "k", user_name: user, at: `2024-01-01T00:00:0${id % 10}Z`, action, field: null, before_json: null, after_json: after ? JSON.stringify(after) : null, reason: null, reverts };
}

test("the review folded from decisions, one row per case", () => {
  next = 1;
  const accept = d("accept");
  const correct = d("correct", { fields: { fatalities: 3 } });
  const rows: { name: string; decisions: DecisionRow[]; status: string; overrides: object; reviewer: string | null }[] = [
    { name: "nothing decided", decisions: [], status: "machine", overrides: {}, reviewer: null },
    { name: "accepted", decisions: [accept], status: "reviewed", overrides: {}, reviewer: "ana" },
    { name: "corrected then accepted", decisions: [correct, d("accept", null, null, "bo")], status: "corrected", overrides: { fatalities: 3 }, reviewer: "bo" },
    { name: "a rejection stands over corrections", decisions: [correct, d("reject")], status: "rejected", overrides: { fatalities: 3 }, reviewer: "ana" },
    { name: "the last verdict wins", decisions: [d("reject"), d("accept")], status: "reviewed", overrides: {}, reviewer: "ana" },
    { name: "a revert cancels its decision", decisions: [accept, d("revert", null, accept.id)], status: "machine", overrides: {}, reviewer: null },
    { name: "a correction to the machine's own value is none", decisions: [d("correct", { fields: { actor1: "SYR_GOV" } })], status: "reviewed", overrides: {}, reviewer: "ana" },
    { name: "later corrections of a field win", decisions: [d("correct", { fields: { fatalities: 3 } }), d("correct", { fields: { fatalities: 5 } })], status: "corrected", overrides: { fatalities: 5 }, reviewer: "ana" },
    { name: "a split alone is no verdict", decisions: [d("split", { split: { article_id: "a", event_id: "e" } })], status: "machine", overrides: {}, reviewer: null },
  ];
  for (const row of rows) {
    const folded = foldDecisions(row.decisions, MACHINE);
    assert.deepEqual([folded.status, folded.overrides, folded.reviewer], [row.status, row.overrides, row.reviewer], row.name);
  }
});
