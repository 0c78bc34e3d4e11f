import { seededRandom } from "./seeded-random.ts";
import type { BinaryModel, ClassModel } from "./linear-model.ts";

/** A training example: the features present, and whether the decision is "yes". */
export interface Example {
  readonly features: readonly string[];
  readonly label: boolean;
}

export interface TrainOptions {
  readonly epochs: number;
  /** L2 penalty per example step (weight decay), keeps rare features small. */
  readonly l2: number;
  readonly rate: number;
  readonly seed: number;
  /** Weights are rounded to this many decimals and near-zero ones dropped, so the data file diffs well. */
  readonly decimals: number;
  /** Features seen in fewer examples are left out: they only memorise single articles. */
  readonly minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 30, l2: 1e-3, rate: 0.1, seed: 20_261_201, decimals: 2, minCount: 3 };

/**
 * Logistic regression by stochastic gradient descent with L2, deterministic: the example order of
 * each epoch comes from a seeded generator, the learning rate decays as rate / (1 + epoch), and the
 * result is rounded. Same examples and options → the same weights, bit for bit.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): BinaryModel {
  const weights = new Map<string, number>();
  let bias = 0;
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = examples.map((ex) => [...new Set(ex.features)].filter((f) => (counts.get(f) ?? 0) >= options.minCount));
  // Sparse L2: a weight decays when its feature is seen, so a step costs the example's features only.
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.rate / (1 + epoch);
    for (const i of order) {
      const ex = examples[i]!;
      const features = kept[i]!;
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (ex.label ? 1 : 0) - p;
      bias += rate * g;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (g - options.l2 * w));
      }
    }
  }
  const factor = 10 ** options.decimals;
  const round = (x: number): number => Math.round(x * factor) / factor;
  const rounded = [...weights.entries()].map(([f, w]) => [f, round(w)] as const).filter(([, w]) => w !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { bias: round(bias), weights: new Map(rounded) };
}

/** One binary model per label; an example is positive for every label it carries. */
export function trainOneVsRest(examples: ReadonlyArray<{ readonly features: readonly string[]; readonly labels: readonly string[] }>, options: TrainOptions = DEFAULT_TRAIN_OPTIONS): ClassModel {
  const labels = [...new Set(examples.flatMap((e) => e.labels))].sort();
  return {
    classes: new Map(labels.map((label) => [label, trainLogistic(examples.map((e) => ({ features: e.features, label: e.labels.includes(label) })), options)])),
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
