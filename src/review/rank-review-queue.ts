import type { Claim, StoredEvent } from "../store/stored-event.ts";
import type { ReviewFields } from "./apply-review.ts";

export type QueueReason = "machine-disagrees" | "single-source" | "contested" | "place-unresolved" | "place-area" | "low-confidence" | "large-toll" | "actor-unknown";

/** How much each reason weighs: a person's decision the machine now contradicts comes first. */
const WEIGHT: Readonly<Record<QueueReason, number>> = {
  "machine-disagrees": 10,
  contested: 4,
  "place-unresolved": 4,
  "large-toll": 3,
  "single-source": 2,
  "place-area": 2,
  "actor-unknown": 2,
  "low-confidence": 2,
};

/** A toll from which an event is checked before it is published. */
export const LARGE_TOLL = 10;

/**
 * Rules whose reading is a guess from context rather than words of the sentence: the place of the
 * previous sentence, the publication day standing for the date, a vague count ("dozens").
 */
const GUESSING_RULES = [/^place:(previous-sentence|same-as-before|none|coreferent)/, /^date:(published|lead|relative-no-published)/, /^count:vague/, /^reference:none/, /fallback/, /^unresolved:/];

/** Why an event needs a person, from its fields and (when given) its reports' provenance. */
export function queueReasons(event: StoredEvent & ReviewFields, claims: readonly Claim[] = []): QueueReason[] {
  const reasons: QueueReason[] = [];
  if (event.machine_disagrees.length > 0) reasons.push("machine-disagrees");
  if (event.grade === "contested") reasons.push("contested");
  if (event.n_outlets <= 1) reasons.push("single-source");
  if (event.gazetteer_id === null || event.lat === null) reasons.push("place-unresolved");
  else if (event.geo_precision > 1 || /^adm\d:/.test(event.gazetteer_id)) reasons.push("place-area");
  if ((event.killed_max ?? event.fatalities ?? 0) >= LARGE_TOLL) reasons.push("large-toll");
  if ([event.actor1, event.actor2].some((a) => a === null || a === "UNKNOWN" || a.startsWith("OTHER:"))) reasons.push("actor-unknown");
  if (claims.some((c) => c.provenance.some((p) => GUESSING_RULES.some((rule) => rule.test(p.rule))))) reasons.push("low-confidence");
  return reasons;
}

export function queueScore(reasons: readonly QueueReason[]): number {
  return reasons.reduce((sum, r) => sum + WEIGHT[r], 0);
}
