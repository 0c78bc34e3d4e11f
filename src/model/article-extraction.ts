import type { ConflictEvent } from "./conflict-event.ts";
import type { Mention } from "./mention.ts";

/** What the pipeline returns for one article. */
export interface ArticleExtraction {
  readonly article_id: string;
  readonly events: readonly ConflictEvent[];
  /** Every span the pipeline read (actors, places, dates, numbers, triggers), linked to events. */
  readonly mentions: readonly Mention[];
}
