import type { ArticleExtraction } from "../model/article-extraction.ts";

/** What extracting one article gave: its extraction, or the message of the error it threw. */
export type ExtractionOutcome =
  | { readonly kind: "extracted"; readonly extraction: ArticleExtraction }
  | { readonly kind: "failed"; readonly message: string };
