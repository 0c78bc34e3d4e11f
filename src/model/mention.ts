/** Kinds of spans the pipeline marks in an article. */
export type MentionKind = "trigger" | "actor" | "place" | "date" | "number" | "casualty" | "source" | "negation";

/** One extracted span of the original text, what it was read as, and the rule that read it. */
export interface Mention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Canonical value: actor key, sub-event type, place id, ISO date, number … */
  readonly value: string | null;
  readonly rule: string;
  /** Events (event_id) this span supports. */
  readonly event_ids: readonly string[];
}
