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

describe("classProbabilities", () => {
  // Invented weights: each class knows only some features, one feature no class knows, two classes tie.
  const model = {
    classes: new Map([
      ["Shelling/artillery/missile attack", { bias: -0.7, weights: new Map([["cue:artillery", 2.25], ["bow=قذيفه", 0.1], ["w-1=قد", -0.3]]) }],
      ["Air/drone strike", { bias: -0.5, weights: new Map([["cue:air", 3.1], ["bow=قذيفه", -0.2]]) }],
      ["Armed clash", { bias: -0.5, weights: new Map([["cue:air", 3.1], ["bow=قذيفه", -0.2]]) }],
      ["Attack", { bias: 0.15, weights: new Map() }],
    ]),
  };

  it("gives each class exactly its own model's probability, most probable first, ties by name", () => {
    for (const features of [["cue:air", "bow=قذيفه", "unknown", "cue:air"], ["cue:artillery", "w-1=قد"], [], ["unknown"]]) {
      const ranked = classProbabilities(model, features);
      assert.deepEqual(ranked.map((c) => c.label).sort(), [...model.classes.keys()].sort());
      for (const { label, p } of ranked) assert.equal(p, probability(model.classes.get(label)!, features));
      for (let k = 1; k < ranked.length; k++) {
        const [a, b] = [ranked[k - 1]!, ranked[k]!];
        assert.ok(a.p > b.p || (a.p === b.p && a.label < b.label), `${a.label} before ${b.label}`);
      }
    }
    // The tie: the same weights, so the same probability, and "Air/drone strike" sorts before "Armed clash".
    const tied = classProbabilities(model, ["cue:air"]).map((c) => c.label);
    assert.deepEqual(tied.slice(0, 2), ["Air/drone strike", "Armed clash"]);
  });
});
