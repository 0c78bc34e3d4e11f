import type { FramingRecord } from "../framing/framing-record.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";

/**
 * What extracting one article gave: its extraction (and its framing summary, when the pool was asked
 * for it), or the message of the error it threw.
 */
export type ExtractionOutcome =
  | { readonly kind: "extracted"; readonly extraction: ArticleExtraction; readonly framing?: FramingRecord }
  | { readonly kind: "failed"; readonly message: string };
