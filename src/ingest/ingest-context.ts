import type { Article } from "../model/article.ts";
import type { Extractor } from "../extract/create-extractor.ts";
import type { FetchPolicy } from "../net/safe-fetch.ts";
import type { ExtractionPool } from "../parallel/extraction-pool.ts";
import type { Store } from "../store/store.ts";

/**
 * The outcome of one input item (an article, a feed item, a URL, a bad line), or a "warning" about
 * an input that is not an item of its own (a file with no article in it).
 */
export interface IngestItemReport {
  readonly outcome: "stored" | "duplicate" | "error" | "warning";
  /** file:line, URL, or feed URL + item. */
  readonly where: string;
  readonly detail: string;
  readonly articleId?: string;
  /** Something to know about a stored item: an article with no Arabic text gives no events. */
  readonly warning?: string;
  /** How many lines or files an "error" stands for (one, unless a file's errors were summed up). */
  readonly count?: number;
}

export interface IngestSummary {
  stored: number;
  duplicates: number;
  errors: number;
  /** Event reports extracted from the stored articles. */
  reports: number;
}

/** Everything an ingest step needs, passed down instead of read from globals. */
export interface IngestContext {
  readonly store: Store;
  readonly extractor: Extractor;
  /** Worker threads that extract the articles of local files ahead of the store writes (`--jobs`). */
  readonly pool?: ExtractionPool;
  readonly fetchPolicy: FetchPolicy;
  /** Day given to articles with no publication date. */
  readonly fallbackPublished: string | null;
  /** Follow a feed item's link when the item holds only a summary (shorter than this many characters). */
  readonly summaryChars: number;
  readonly now: () => string;
  readonly report: (item: IngestItemReport) => void;
  /**
   * Queue a checked article (with its turn) instead of extracting and storing it here: set for
   * feed polls run by `rasd worker`, so a feed's articles are spread over the workers and merged
   * in the order they were polled. Returns the article's turn. The feed item counts as seen once
   * queued: if its job is given up later, `rasd worker --failed` lists it; the feed does not retry it.
   */
  readonly enqueue?: (article: Article, sourceKind: string, where: string) => Promise<number>;
}

export function emptySummary(): IngestSummary {
  return { stored: 0, duplicates: 0, errors: 0, reports: 0 };
}
