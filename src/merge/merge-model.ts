import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { RasdError } from "../errors/rasd-error.ts";

export const DEFAULT_MERGE_MODEL_PATH = fileURLToPath(new URL("../../data/merge/merge-model.json", import.meta.url));

/**
 * The fitted merge decision (data/merge/merge-model.json, written by `npm run train:merge`): a
 * logistic regression over the named pair features of pair-features.ts, and two thresholds — one
 * for pairs with a day on both sides, a higher one when either report is undated (only strong
 * corroboration joins an undated report).
 *
 *   { "bias": -3.1, "weights": { "place:same": 1.2, … }, "threshold": 0.5, "undated_threshold": 0.8, … }
 */
export const MergeModelSchema = z.object({
  decision: z.literal("merge-pair"),
  description: z.string(),
  trained_on: z.array(z.string()),
  examples: z.number().int().nonnegative(),
  positives: z.number().int().nonnegative(),
  options: z.record(z.string(), z.number()),
  bias: z.number(),
  weights: z.record(z.string().min(1), z.number()),
  threshold: z.number().min(0).max(1),
  undated_threshold: z.number().min(0).max(1),
  /** Article-pair figures of the fitting run, for the record. */
  fit: z.record(z.string(), z.number()),
});
export type MergeModelFile = z.infer<typeof MergeModelSchema>;

export interface MergeModel {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
  readonly threshold: number;
  readonly undatedThreshold: number;
}

let cached: MergeModel | null = null;

/** The shipped model, read once per process. */
export function defaultMergeModel(): MergeModel {
  cached ??= loadMergeModel(DEFAULT_MERGE_MODEL_PATH);
  return cached;
}

export function loadMergeModel(path: string): MergeModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new RasdError("unreadable", `cannot read the merge model (${(error as Error).message})`, { file: path }, { cause: error });
  }
  const parsed = MergeModelSchema.safeParse(raw);
  if (!parsed.success) throw new RasdError("unreadable", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), { file: path });
  return fromMergeModelFile(parsed.data);
}

export function fromMergeModelFile(file: MergeModelFile): MergeModel {
  return { bias: file.bias, weights: new Map(Object.entries(file.weights)), threshold: file.threshold, undatedThreshold: file.undated_threshold };
}
