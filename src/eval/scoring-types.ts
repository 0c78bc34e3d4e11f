/**
 * Shapes the scorer reads. Fields are loose (`unknown`) on purpose: gold files are written by hand
 * and system files by any tool, and the comparison rules (equality after `?? null`, String() for
 * actors) are defined on whatever value is there, exactly as ../shared/eval/score.mjs does.
 */
export interface ScoredLocation {
  readonly name_ar?: unknown;
  readonly admin1?: unknown;
  readonly lat?: unknown;
  readonly lon?: unknown;
}

export interface ScoredEvent {
  readonly article_id?: unknown;
  readonly event_id?: unknown;
  readonly event_type?: unknown;
  readonly sub_event_type?: unknown;
  readonly actor1?: unknown;
  readonly actor2?: unknown;
  readonly location?: ScoredLocation | null;
  readonly date?: unknown;
  readonly killed?: unknown;
  readonly injured?: unknown;
}

/** One line of a gold file: an article, whether it reports conflict, its story id and its events. */
export interface GoldArticle {
  readonly id?: unknown;
  readonly relevant?: unknown;
  readonly story?: unknown;
  readonly events?: readonly ScoredEvent[] | null;
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Fields checked on matched events; `all` = every one of them right. */
export const ATTRIBUTES = ["sub_event_type", "actor1", "actor2", "admin1", "date", "killed", "injured", "all"] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** The scorer's result, same keys and order as score.mjs --json. */
export interface ScoreResult extends PrecisionRecall {
  readonly gold_events: number;
  readonly system_events: number;
  readonly matched: number;
  readonly attribute_accuracy: Readonly<Record<Attribute, number>>;
  readonly full_record_recall: number;
  readonly relevance: PrecisionRecall;
  readonly dedup_pairs: PrecisionRecall & { readonly gold: number; readonly system: number };
  readonly geo_within_10km: { readonly events: number; readonly share: number };
}
