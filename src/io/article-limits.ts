import type { Article } from "../model/article.ts";

/**
 * What one article may hold. Documented in the README ("Limits"):
 * - `id`: at most 100 characters (the API's path parameters are capped there, and an id is a key,
 *   not a place for text);
 * - `text`: at most 1,000,000 characters (1 MB of text, several hundred pages): extraction work
 *   grows with the text, and a longer "article" is a dump, not a report;
 * - every string must be well-formed UTF-16 (no lone surrogate, which JSON's "\ud800" escape can
 *   carry): stored as UTF-8 it would be mangled and every later evidence offset would drift.
 */
export const MAX_ARTICLE_ID_CHARS = 100;
export const MAX_ARTICLE_TEXT_CHARS = 1_000_000;

/** Why an article is refused: the error code of the edge tables and a message, or null when it is fine. */
export interface ArticleProblem {
  readonly code: "bad-article" | "too-large";
  readonly detail: string;
}

/**
 *   articleProblem({ id: "a", text: "\ud800", ... }) // { code: "bad-article", detail: 'field "text" holds a lone surrogate …' }
 */
export function articleProblem(article: Article): ArticleProblem | null {
  if (article.id.length > MAX_ARTICLE_ID_CHARS) {
    return { code: "bad-article", detail: `id longer than ${MAX_ARTICLE_ID_CHARS} characters (${article.id.length})` };
  }
  if (article.text.length > MAX_ARTICLE_TEXT_CHARS) {
    return {
      code: "too-large",
      detail: `article "${article.id}": text of ${article.text.length} characters, more than the limit of ${MAX_ARTICLE_TEXT_CHARS}; split it into articles`,
    };
  }
  for (const field of ["id", "url", "outlet", "published", "title", "text"] as const) {
    const value = article[field];
    if (value !== null && !isWellFormed(value)) {
      return { code: "bad-article", detail: `article field "${field}" holds a lone surrogate (not well-formed Unicode text)` };
    }
  }
  return null;
}

/** String.prototype.isWellFormed (Node 20), typed here because the project's lib is ES2022. */
function isWellFormed(value: string): boolean {
  return (value as string & { isWellFormed(): boolean }).isWellFormed();
}
