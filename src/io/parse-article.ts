import { RasdError, type ErrorLocation } from "../errors/rasd-error.ts";
import type { Article } from "../model/article.ts";
import { articleProblem } from "./article-limits.ts";
import { toIsoDay } from "./to-iso-day.ts";

/**
 * Check a parsed JSON value against the article format of CONTRACT.md.
 * `id` and `text` are required; `url`, `outlet`, `published`, `title` may be null or absent.
 * `published` may be a full timestamp: its day is kept. `fallbackPublished` fills a missing day.
 * The limits of article-limits.ts apply (id length, text size, well-formed text).
 */
export function parseArticle(value: unknown, location: ErrorLocation, fallbackPublished: string | null = null): Article {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RasdError("bad-article", "an article must be a JSON object", location);
  }
  const record = value as Record<string, unknown>;
  const id = record["id"];
  if (typeof id !== "string" && typeof id !== "number") {
    throw new RasdError("bad-article", 'missing field "id" (a string)', location);
  }
  const text = record["text"];
  if (typeof text !== "string") {
    throw new RasdError("bad-article", `article "${id}": missing field "text" (a string)`, location);
  }
  const publishedRaw = optionalString(record, "published", location);
  const published = publishedRaw === null ? fallbackPublished : toIsoDay(publishedRaw);
  if (published === null && publishedRaw !== null) {
    throw new RasdError("bad-article", `article "${id}": "published" is not a date: ${JSON.stringify(publishedRaw)}`, location);
  }
  const article: Article = {
    id: String(id),
    url: optionalString(record, "url", location),
    outlet: optionalString(record, "outlet", location),
    published,
    title: optionalString(record, "title", location),
    text,
  };
  const problem = articleProblem(article);
  if (problem !== null) throw new RasdError(problem.code, problem.detail, location);
  return article;
}

function optionalString(record: Record<string, unknown>, field: string, location: ErrorLocation): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new RasdError("bad-article", `field "${field}" must be a string or null`, location);
  return value;
}
