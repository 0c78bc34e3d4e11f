import type { RasdError } from "../errors/rasd-error.ts";
import type { Article } from "../model/article.ts";

/** Where an article came from, for error messages and reports. */
export interface ArticleOrigin {
  readonly file: string;
  /** Line of a JSONL file; absent for .txt and .html files. */
  readonly line?: number;
}

/**
 * One item of an article stream: an article, or the error that replaced it. Readers yield errors
 * instead of throwing so one bad line never stops the others.
 */
export type ArticleReadResult =
  | { readonly ok: true; readonly article: Article; readonly origin: ArticleOrigin }
  | { readonly ok: false; readonly error: RasdError };
