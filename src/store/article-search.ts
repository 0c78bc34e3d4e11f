import { type Kysely, type RawBuilder, type Transaction, sql } from "kysely";
import { normalizeKey } from "../text/normalize.ts";
import type { Database } from "./database-schema.ts";

/**
 * Full-text search over articles, SQLite FTS5 with the trigram tokenizer. Stored text and queries go
 * through the same normalizeKey (harakat, hamza forms, ta marbuta folded) first: FTS5 alone would
 * treat a haraka as a word break. Trigrams make a query word match inside clitic-prefixed forms
 * (سرمين in وسرمين). This is the one SQLite-specific module of the store.
 */
export async function indexArticleText(trx: Transaction<Database>, articleId: string, title: string | null, text: string): Promise<void> {
  const body = normalizeKey(`${title ?? ""}\n${text}`);
  await sql`INSERT INTO articles_fts (article_id, body) VALUES (${articleId}, ${body})`.execute(trx);
}

/**
 * The FTS5 MATCH expression for a user query: every word (≥ 3 letters after normalising, the trigram
 * minimum) must occur; words are quoted so FTS operators in the query are plain text. Null when the
 * query holds no searchable word.
 */
export function searchExpression(query: string): string | null {
  const words = normalizeKey(query).split(" ").filter((w) => [...w].length >= 3);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(" AND ");
}

/** Ids of the articles whose normalised text matches the query (all of its words). */
export async function searchArticles(db: Kysely<Database>, query: string, limit = 1000): Promise<string[]> {
  const expression = searchExpression(query);
  if (expression === null) return [];
  const result = await sql<{ article_id: string }>`SELECT article_id FROM articles_fts WHERE articles_fts MATCH ${expression} LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => r.article_id);
}

/**
 * SQL condition "this event has a report from an article matching the query", for the events filter.
 * Null when the query has no searchable word.
 */
export function eventMatchesText(query: string): RawBuilder<boolean> | null {
  const expression = searchExpression(query);
  if (expression === null) return null;
  return sql<boolean>`events.event_id IN (SELECT r.event_id FROM reports r JOIN articles_fts f ON f.article_id = r.article_id WHERE articles_fts MATCH ${expression})`;
}
