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
  // A feature listed twice counts once: the features are a set.
  return sigmoid(model, new Set(features));
}

/** Every class with its probability, most probable first (ties by name, for determinism). */
export function classProbabilities(model: ClassModel, features: readonly string[]): Array<{ readonly label: string; readonly p: number }> {
  const unique = new Set(features);
  const { labels, biases, byFeature } = columnsOf(model);
  // Per class, the same sum in the same order as sigmoid(): bias, then each feature's weight (0 when
  // the class has none; adding 0 leaves a sum unchanged), so the probabilities are exactly equal.
  const z = Float64Array.from(biases);
  for (const f of unique) {
    const column = byFeature.get(f);
    if (column === undefined) continue;
    for (let c = 0; c < z.length; c++) z[c]! += column[c]!;
  }
  return labels.map((label, c) => ({ label, p: 1 / (1 + Math.exp(-z[c]!)) })).sort((a, b) => b.p - a.p || (a.label < b.label ? -1 : 1));
}

function sigmoid(model: BinaryModel, features: ReadonlySet<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * A one-vs-rest model turned around, built once per model: for each feature, its weight in every
 * class. Scoring a trigger then looks each of its features up once, not once per class (with 17
 * classes, a feature such as "bow=غار" was looked up 17 times).
 */
interface Columns {
  readonly labels: readonly string[];
  readonly biases: Float64Array;
  readonly byFeature: ReadonlyMap<string, Float64Array>;
}

const columns = new WeakMap<ClassModel, Columns>();

function columnsOf(model: ClassModel): Columns {
  const known = columns.get(model);
  if (known) return known;
  const labels = [...model.classes.keys()];
  const biases = Float64Array.from(labels, (label) => model.classes.get(label)!.bias);
  const byFeature = new Map<string, Float64Array>();
  labels.forEach((label, c) => {
    for (const [f, w] of model.classes.get(label)!.weights) {
      let column = byFeature.get(f);
      if (column === undefined) byFeature.set(f, (column = new Float64Array(labels.length)));
      column[c] = w;
    }
  });
  const built = { labels, biases, byFeature };
  columns.set(model, built);
  return built;
}
