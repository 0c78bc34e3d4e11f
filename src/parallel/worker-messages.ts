import type { Article } from "../model/article.ts";
import type { ExtractionOutcome } from "./extraction-outcome.ts";

/** What the pool sends a worker: its resources once (workerData), then one article at a time. */
export interface WorkerSetup {
  /** A store whose places join the gazetteer (`--db`), as in loadResources. */
  readonly db?: string;
  /** Send the mentions back too (ingest stores them); `rasd extract` writes events only. */
  readonly mentions: boolean;
  /** Read each article's framing summary too (ingest stores it; the storing thread is the busy one). */
  readonly framing: boolean;
  /** Compute each article's storage keys too (ingest-article.ts stores them; ingest/article-keys.ts). */
  readonly keys: boolean;
}

export interface ArticleRequest {
  readonly id: number;
  readonly article: Article;
}

/** What a worker answers: ready (or not) once, then the outcome of each article by its request id. */
export type WorkerReply =
  | { readonly kind: "ready" }
  | { readonly kind: "cannot-start"; readonly message: string }
  | { readonly kind: "outcome"; readonly id: number; readonly outcome: ExtractionOutcome };
