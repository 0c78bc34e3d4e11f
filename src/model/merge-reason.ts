/** One reason an event holds a report: the report it was linked to and the decision. */
export interface MergeLink {
  readonly kind: "model";
  readonly report_key: string;
  readonly article_id: string;
  readonly with_key: string;
  readonly with_article: string;
  readonly p: number;
  readonly reasons: readonly string[];
  /**
   * The report's mean probability over the event's compared reports: how well it fits the event as
   * a whole, not only its strongest link (merge/attach-report.ts). Absent on links stored before it.
   */
  readonly agreement?: number;
}

/** A hand decision, kept with the event's reasons. */
export interface ManualLink {
  readonly kind: "manual-join" | "manual-split";
  readonly report_key: string;
  readonly with_key: string | null;
  readonly at: string;
}

export type MergeReason = MergeLink | ManualLink;
