import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classProbabilities, probability } from "../../src/learn/linear-model.ts";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic, trainOneVsRest, type Example } from "../../src/learn/train-logistic.ts";

// A separable toy problem: "cue:air" makes an event, "mod:future" cancels it; "noise" carries nothing.
const toy: Example[] = [];
for (let i = 0; i < 40; i++) {
  toy.push({ features: ["cue:air", i % 2 ? "noise" : "other"], label: true });
  toy.push({ features: ["mod:future", i % 2 ? "noise" : "other"], label: false });
}
const options = { ...DEFAULT_TRAIN_OPTIONS, minCount: 1 };

describe("trainLogistic", () => {
  it("learns a separable problem", () => {
    const m = trainLogistic(toy, options);
    assert.ok(probability(m, ["cue:air"]) > 0.9);
    assert.ok(probability(m, ["mod:future"]) < 0.1);
    assert.ok((m.weights.get("cue:air") ?? 0) > 0 && (m.weights.get("mod:future") ?? 0) < 0);
  });

  it("gives the same weights on every run (seeded order, rounded)", () => {
    const a = trainLogistic(toy, options);
    const b = trainLogistic(toy, options);
    assert.deepEqual([...a.weights], [...b.weights]);
    assert.equal(a.bias, b.bias);
    for (const w of a.weights.values()) assert.equal(w, Math.round(w * 100) / 100);
  });

  it("lists weights sorted by feature name", () => {
    const names = [...trainLogistic(toy, options).weights.keys()];
    assert.deepEqual(names, [...names].sort());
  });

  it("leaves out features rarer than minCount", () => {
    const m = trainLogistic([...toy, { features: ["once"], label: true }], { ...options, minCount: 2 });
    assert.equal(m.weights.has("once"), false);
  });

  it("ignores features it never saw and counts a repeated feature once", () => {
    const m = trainLogistic(toy, options);
    assert.equal(probability(m, ["cue:air", "unseen"]), probability(m, ["cue:air"]));
    assert.equal(probability(m, ["cue:air", "cue:air"]), probability(m, ["cue:air"]));
  });
});

describe("trainOneVsRest", () => {
  it("ranks the class whose cue is present first, and lets two classes hold at once", () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ["cue:air"], labels: ["Air/drone strike"] })),
      ...Array.from({ length: 20 }, () => ({ features: ["cue:artillery"], labels: ["Shelling/artillery/missile attack"] })),
      ...Array.from({ length: 20 }, () => ({ features: ["cue:air", "cue:artillery"], labels: ["Air/drone strike", "Shelling/artillery/missile attack"] })),
    ];
    const m = trainOneVsRest(examples, options);
    assert.equal(classProbabilities(m, ["cue:air"])[0]?.label, "Air/drone strike");
    assert.equal(classProbabilities(m, ["cue:artillery"])[0]?.label, "Shelling/artillery/missile attack");
    assert.ok(classProbabilities(m, ["cue:air", "cue:artillery"]).every((c) => c.p > 0.5));
  });
});
