/**
 * The data files in data/models/: one learned decision each, with its features named, weights sorted
 * and rounded so a retraining shows as a readable diff, and the threshold the extractor applies.
 *
 *   { "decision": "place-role", "kind": "binary", "threshold": 0.2, "bias": -0.4,
 *     "weights": { "p-1=من": -0.8, … }, "trained_on": ["train"], "examples": 1501, … }
 */
import { z } from "zod";
import type { BinaryModel, ClassModel } from "./linear-model.ts";

export const DECISIONS = ["eventness", "sub-event-type", "place-role", "event-draft"] as const;
export type Decision = (typeof DECISIONS)[number];

const Weights = z.record(z.string().min(1), z.number());
const Binary = z.object({ bias: z.number(), weights: Weights });

const Common = {
  decision: z.enum(DECISIONS),
  description: z.string(),
  /** Which gold sets the weights were fitted on. */
  trained_on: z.array(z.string()),
  examples: z.number().int().nonnegative(),
  options: z.object({ epochs: z.number(), l2: z.number(), rate: z.number(), seed: z.number(), decimals: z.number(), minCount: z.number() }),
  threshold: z.number().min(0).max(1),
};

export const ModelFileSchema = z.discriminatedUnion("kind", [
  z.object({ ...Common, kind: z.literal("binary"), bias: z.number(), weights: Weights }),
  z.object({ ...Common, kind: z.literal("one-vs-rest"), classes: z.record(z.string().min(1), Binary) }),
]);
export type ModelFile = z.infer<typeof ModelFileSchema>;

/**
 * `ModelFileSchema.safeParse`, with the weight tables (thousands of entries: "bow=غار": 0.4, …)
 * checked by a plain loop instead of by the schema, entry by entry: the load of every `rasd`
 * process is shorter by most of the models' parse. Everything else goes through the schema; when a
 * table is malformed the whole file does, so the error names the field as before.
 */
export function parseModelFile(json: unknown): ReturnType<typeof ModelFileSchema.safeParse> {
  const tables = weightTablesOf(json);
  if (tables === null) return ModelFileSchema.safeParse(json);
  const parsed = ModelFileSchema.safeParse(tables.without);
  if (!parsed.success) return ModelFileSchema.safeParse(json);
  const file = parsed.data;
  if (file.kind === "binary") return { ...parsed, data: { ...file, weights: tables.top ?? {} } };
  const classes = Object.fromEntries(Object.entries(file.classes).map(([label, b]) => [label, { ...b, weights: tables.byClass.get(label) ?? {} }]));
  return { ...parsed, data: { ...file, classes } };
}

interface WeightTables {
  /** The file with every weight table emptied, for the schema. */
  readonly without: unknown;
  readonly top: Record<string, number> | null;
  readonly byClass: ReadonlyMap<string, Record<string, number>>;
}

/** The file's weight tables when every one is well formed (non-empty names, numbers), else null. */
function weightTablesOf(json: unknown): WeightTables | null {
  if (!isPlainObject(json)) return null;
  const byClass = new Map<string, Record<string, number>>();
  let top: Record<string, number> | null = null;
  const without: Record<string, unknown> = { ...json };
  if ("weights" in json) {
    if (!isWeights(json.weights)) return null;
    top = json.weights;
    without.weights = {};
  }
  if ("classes" in json && isPlainObject(json.classes)) {
    const classes: Record<string, unknown> = {};
    for (const [label, b] of Object.entries(json.classes)) {
      if (!isPlainObject(b) || !isWeights(b.weights)) return null;
      byClass.set(label, b.weights);
      classes[label] = { ...b, weights: {} };
    }
    without.classes = classes;
  }
  return { without, top, byClass };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isWeights(x: unknown): x is Record<string, number> {
  if (!isPlainObject(x)) return false;
  for (const k in x) if (k.length === 0 || typeof x[k] !== "number" || !Number.isFinite(x[k])) return false;
  return true;
}

/** A model as the extractor uses it: weights in maps, and the threshold of its decision. */
export type LoadedModel =
  | { readonly kind: "binary"; readonly model: BinaryModel; readonly threshold: number }
  | { readonly kind: "one-vs-rest"; readonly model: ClassModel; readonly threshold: number };

export function fromModelFile(file: ModelFile): LoadedModel {
  const binary = (b: { bias: number; weights: Record<string, number> }): BinaryModel => ({ bias: b.bias, weights: new Map(Object.entries(b.weights)) });
  switch (file.kind) {
    case "binary":
      return { kind: "binary", model: binary(file), threshold: file.threshold };
    case "one-vs-rest":
      return { kind: "one-vs-rest", model: { classes: new Map(Object.entries(file.classes).map(([k, v]) => [k, binary(v)])) }, threshold: file.threshold };
    default: {
      const never: never = file;
      return never;
    }
  }
}

/** Weights as a JSON object with sorted keys (JSON keeps insertion order). */
export function weightsObject(model: BinaryModel): Record<string, number> {
  return Object.fromEntries([...model.weights.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The file's text: one weight per line, so a diff shows the features that moved. */
export function formatModelFile(file: ModelFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}
