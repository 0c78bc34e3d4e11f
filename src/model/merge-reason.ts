/** One reason an event holds a report: the report it was linked to and the decision. */
export interface MergeLink {
  readonly kind: "model";
  readonly report_key: string;
  readonly article_id: string;
  readonly with_key: string;
  readonly with_article: string;
  readonly p: number;
  readonly reasons: readonly string[];
}

/** A hand decision, kept with the event's reasons. */
export interface ManualLink {
  readonly kind: "manual-join" | "manual-split";
  readonly report_key: string;
  readonly with_key: string | null;
  readonly at: string;
}

export type MergeReason = MergeLink | ManualLink;
