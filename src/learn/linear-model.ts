/**
 * A logistic-regression model over named binary features: the probability of "yes" is the sigmoid of
 * the bias plus the weights of the features present. Features absent from the model weigh nothing, so
 * a feature never seen in training is harmless.
 *
 *   probability({ bias: -1, weights: new Map([["cue:air@clause", 2]]) }, ["cue:air@clause"])  →  0.73
 */
export interface BinaryModel {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** One binary model per class (one-vs-rest): several classes may hold at once (air strike and shelling). */
export interface ClassModel {
  readonly classes: ReadonlyMap<string, BinaryModel>;
}

export function probability(model: BinaryModel, features: readonly string[]): number {
  let z = model.bias;
  // A feature listed twice counts once: the features are a set.
  for (const f of new Set(features)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Every class with its probability, most probable first (ties by name, for determinism). */
export function classProbabilities(model: ClassModel, features: readonly string[]): Array<{ readonly label: string; readonly p: number }> {
  return [...model.classes.entries()]
    .map(([label, m]) => ({ label, p: probability(m, features) }))
    .sort((a, b) => b.p - a.p || (a.label < b.label ? -1 : 1));
}
