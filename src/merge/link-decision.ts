import type { MergeModel } from "./merge-model.ts";
import { dayGap, pairEligible, pairFeatures, type PairSide } from "./pair-features.ts";
import { memoPair, type PairMemo } from "./pair-memo.ts";
import type { ReportRecord } from "../model/report-record.ts";

/** Why two reports were (or were not) judged one event: the probability and the evidence that weighed most. */
export interface LinkDecision {
  readonly link: boolean;
  /** Model probability that the two reports tell one event (0 when the pair is not eligible). */
  readonly p: number;
  /** The features present, strongest support first: `place:same +1.4`, `day:same +0.9`, `actors:disjoint −1.2`. */
  readonly reasons: readonly string[];
}

/** Per pair of sides, computed once (pair-memo.ts): fitting decides the same pairs in every run. */
const eligible: PairMemo<ReportRecord, boolean> = new WeakMap();
const featuresOf: PairMemo<PairSide, readonly string[]> = new WeakMap();

/** pairEligible, computed once per pair of reports (decideLink and the in-memory merge share it). */
export function eligiblePair(x: ReportRecord, y: ReportRecord): boolean {
  return memoPair(eligible, x, y, () => pairEligible(x, y));
}

const UNCORROBORATED = "day:undated-uncorroborated";
const UNCORROBORATED_REASON = "not linked: no day to compare and nothing but the kind of event, the place and the sides alike";

const NOT_ELIGIBLE: LinkDecision = { link: false, p: 0, reasons: ["not eligible: same article, other event type, no place tie or days apart"] };

/**
 * Do two reports tell one real-world event? Hard rules first (pair-features.ts `pairEligible`), then
 * the fitted model: the sum of the present features' weights through a sigmoid, against the dated
 * threshold, or the higher undated one when either report has no day.
 *
 * Same type at the same place is not enough on its own: front-line villages are shelled every week,
 * so the weights of day, actors, tolls and wording have to carry the pair over the threshold.
 */
export function decideLink(x: PairSide, y: PairSide, model: MergeModel): LinkDecision {
  if (!eligiblePair(x.report, y.report)) return NOT_ELIGIBLE;
  const features = memoPair(featuresOf, x, y, () => [...new Set(pairFeatures(x, y))]);
  let z = model.bias;
  const weighed: [string, number][] = [];
  for (const f of features) {
    const w = model.weights.get(f) ?? 0;
    z += w;
    if (w !== 0) weighed.push([f, w]);
  }
  const p = 1 / (1 + Math.exp(-z));
  const threshold = dayGap(x.report, y.report) === null ? model.undatedThreshold : model.threshold;
  weighed.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const reasons = weighed.map(([f, w]) => `${f} ${w > 0 ? "+" : "−"}${Math.abs(w).toFixed(2)}`);
  // Policy, not fitted: with no day to compare, only corroboration (the same toll, the same words,
  // a shared source …) can tie two reports; kind, place and attacker alone never do.
  if (features.includes(UNCORROBORATED)) return { link: false, p: Math.round(p * 1000) / 1000, reasons: [...reasons, UNCORROBORATED_REASON] };
  return { link: p >= threshold, p: Math.round(p * 1000) / 1000, reasons };
}
