import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { probability } from "../../src/learn/linear-model.ts";
import { loadLearnedModels } from "../../src/learn/load-learned-models.ts";
import { DECISIONS } from "../../src/learn/model-file.ts";
import { RasdError } from "../../src/errors/rasd-error.ts";

describe("loadLearnedModels", () => {
  // How fast they load is the benchmark's business (npm run bench), not a test's: a wall-clock
  // bound fails on a busy machine and proves nothing on an idle one.
  it("loads the committed weights of every decision", () => {
    const m = loadLearnedModels();
    assert.ok(m.eventness && m.subEventType && m.placeRole && m.eventDraft, "all four files");
    const p = probability(m.eventness.model, ["trig-pos=verb", "cue=air@near"]);
    assert.ok(p > 0 && p < 1);
    assert.ok(m.subEventType.model.classes.size >= 5);
    for (const w of m.placeRole.model.weights.values()) assert.ok(Number.isFinite(w));
  });

  it("leaves a decision to the rules when its file is absent", () => {
    const dir = mkdtempSync(join(tmpdir(), "rasd-models-"));
    assert.deepEqual(loadLearnedModels(dir), { eventness: null, subEventType: null, placeRole: null, eventDraft: null });
  });

  it("rejects a file that does not follow the schema, naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "rasd-models-"));
    writeFileSync(join(dir, `${DECISIONS[0]}.json`), JSON.stringify({ decision: "eventness", kind: "binary", bias: 0 }));
    assert.throws(() => loadLearnedModels(dir), (e: unknown) => e instanceof RasdError && e.code === "unreadable" && /weights/.test(e.message));
  });
});
