/**
 * From camp scores to a reading. A partisan camp wins when it leads clearly; a text whose partisan
 * words are few or mixed, with wire-style wording, reads neutral; with too little of anything it is
 * unclear. The thresholds are the few numbers worth tuning, kept here together.
 */
import { CAMPS, type Camp } from "./framing-lexicon-schema.ts";
import type { CampReading, CampScores } from "./camp-reading.ts";

export interface CampDecision {
  readonly camp: CampReading;
  /** 0 … 1: how far the winner leads, times how much evidence there is. */
  readonly confidence: number;
}

/** Below this much evidence in total, nothing is read. */
const MIN_EVIDENCE = 1;
/** A partisan camp must lead the next partisan camp by this ratio … */
const LEAD_RATIO = 1.5;
/** … and beat the neutral score by this ratio, else the text reads as wire-style neutral. */
const OVER_NEUTRAL = 1.2;

export function decideCamp(scores: CampScores): CampDecision {
  const ranked = (CAMPS.filter((c) => c !== "neutral") as Camp[]).sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const second = ranked[1]!;
  const t = scores[top];
  const s = scores[second];
  const n = scores.neutral;
  const total = t + s + n;
  if (total < MIN_EVIDENCE) return { camp: "unclear", confidence: 0 };
  const strength = 1 - Math.exp(-total / 4);
  if (t >= MIN_EVIDENCE && t >= LEAD_RATIO * s && t >= OVER_NEUTRAL * n) {
    return { camp: top, confidence: round(((t - Math.max(s, n)) / t) * strength) };
  }
  if (n >= MIN_EVIDENCE && n >= t * 0.5) {
    return { camp: "neutral", confidence: round((n / (n + t)) * strength) };
  }
  return { camp: "unclear", confidence: round((1 - s / Math.max(t, 1e-9)) * strength) };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
