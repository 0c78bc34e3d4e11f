import type { FramingRecord } from "../framing/framing-record.ts";
import type { ArticleKeys } from "../ingest/article-keys.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";

/**
 * What extracting one article gave: its extraction (and its framing summary and storage keys, when
 * the pool was asked for them), or the message of the error it threw.
 */
export type ExtractionOutcome =
  | { readonly kind: "extracted"; readonly extraction: ArticleExtraction; readonly framing?: FramingRecord; readonly keys?: ArticleKeys }
  | { readonly kind: "failed"; readonly message: string };
