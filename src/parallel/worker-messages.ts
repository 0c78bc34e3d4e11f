import type { Article } from "../model/article.ts";
import type { LaneOutcome, LaneProduct } from "./lane-product.ts";

/** What the pool sends a worker: its setup once (workerData), then batches of articles. */
export interface WorkerSetup {
  /** A store whose places join the gazetteer (`--db`), as in loadResources. */
  readonly db?: string;
  /** What to make of each article and send back (lane-product.ts). */
  readonly product: LaneProduct;
}

/**
 * A few articles in one message: each message costs a copy and wakes the other thread, so articles
 * travel in batches and their outcomes come back in one reply, in the batch's order.
 */
export interface BatchRequest {
  readonly id: number;
  readonly articles: readonly Article[];
}

/** What a worker answers: ready (or not) once, then the outcomes of each batch by its request id. */
export type WorkerReply =
  | { readonly kind: "ready" }
  | { readonly kind: "cannot-start"; readonly message: string }
  | { readonly kind: "outcomes"; readonly id: number; readonly outcomes: readonly LaneOutcome[] };
