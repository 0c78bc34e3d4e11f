import type { ErrorLocation, RasdError } from "../errors/rasd-error.ts";
import type { Article } from "../model/article.ts";

/** Where an article came from, for error messages and reports. */
export interface ArticleOrigin {
  readonly file: string;
  /** Line of a JSONL file; absent for .txt and .html files. */
  readonly line?: number;
}

/** Something the user should hear about that fails nothing: an input with no article in it. */
export interface InputWarning {
  readonly location: ErrorLocation;
  readonly detail: string;
}

/**
 * One item of an article stream: an article, the error that replaced one (or several: `count` is
 * how many lines or files it stands for, see limit-errors.ts), or a warning. Readers yield errors
 * instead of throwing so one bad line never stops the others.
 */
export type ArticleReadResult =
  | { readonly kind: "article"; readonly article: Article; readonly origin: ArticleOrigin }
  | { readonly kind: "error"; readonly error: RasdError; readonly count: number }
  | { readonly kind: "warning"; readonly warning: InputWarning };
