import type { FieldValues } from "./correctable-fields.ts";

/** What a person can do to an event. */
export const DECISION_ACTIONS = ["accept", "reject", "correct", "place", "alias", "split", "join", "revert"] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/**
 * What a decision stores as `after_json` (and, for field changes, `before_json` in the same shape):
 *   correct  { fields: { fatalities: 3 } }
 *   place    { fields: { lat, lon, geo_precision, gazetteer_id }, place: { id: "user:…", name_ar: "…" } }
 *   alias    { fields: { actor1: "HTS" }, alias: { alias_ar: "…", actor_key: "HTS" } }
 *   split    { split: { article_id, event_id } }        join { join: { event_id } }
 */
export interface DecisionPayload {
  readonly fields?: FieldValues;
  readonly place?: { readonly id: string; readonly name_ar: string };
  readonly alias?: { readonly alias_ar: string; readonly actor_key: string };
  readonly split?: { readonly article_id: string; readonly event_id: string };
  readonly join?: { readonly event_id: string };
}
