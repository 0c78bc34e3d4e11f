import { type RawBuilder, sql } from "kysely";
import { normalizeKey } from "../text/normalize.ts";
import { dialectOf, type StoreDialect } from "./store-dialect.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/**
 * Full-text search over articles (the index is built by migrations/create-search-index.ts): SQLite
 * FTS5 with the trigram tokenizer, or PostgreSQL ILIKE served by a pg_trgm index. Stored text and
 * queries go through the same normalizeKey (harakat, hamza forms, ta marbuta folded) first: FTS5
 * alone would treat a haraka as a word break. Trigrams make a query word match inside
 * clitic-prefixed forms (سرمين in وسرمين). Both answer "every word occurs in the text".
 */
export async function indexArticleText(session: StoreSession, articleId: string, body: string): Promise<void> {
  await sql`INSERT INTO articles_fts (article_id, body) VALUES (${articleId}, ${body})`.execute(queryBuilder(session));
}

/** What the search index holds of an article (indexArticleText's `body`): its title and text, normalised. */
export function searchBodyOf(title: string | null, text: string): string {
  return normalizeKey(`${title ?? ""}\n${text}`);
}

/** The words of a query that search can use: normalised, at least 3 letters (the trigram minimum). */
export function searchWords(query: string): string[] {
  return normalizeKey(query).split(" ").filter((w) => [...w].length >= 3);
}

/**
 * The FTS5 MATCH expression for a user query: every word must occur; words are quoted so FTS
 * operators in the query are plain text. Null when the query holds no searchable word.
 */
export function searchExpression(query: string): string | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(" AND ");
}

/** Ids of the articles whose normalised text matches the query (all of its words). */
export async function searchArticles(session: StoreSession, query: string, limit = 1000): Promise<string[]> {
  const db = queryBuilder(session);
  const matches = articleMatches(dialectOf(db), query);
  if (matches === null) return [];
  const result = await sql<{ article_id: string }>`SELECT article_id FROM articles_fts WHERE ${matches} LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => r.article_id);
}

/**
 * SQL condition "this event has a report from an article matching the query", for the events filter.
 * Null when the query has no searchable word.
 */
export function eventMatchesText(dialect: StoreDialect, query: string): RawBuilder<boolean> | null {
  const matches = articleMatches(dialect, query);
  if (matches === null) return null;
  return sql<boolean>`events.event_id IN (SELECT r.event_id FROM reports r JOIN articles_fts f ON f.article_id = r.article_id WHERE ${matches})`;
}

/** "The articles_fts row holds every word of the query", in the dialect's terms (null: no searchable word). */
function articleMatches(dialect: StoreDialect, query: string): RawBuilder<boolean> | null {
  if (dialect === "sqlite") {
    const expression = searchExpression(query);
    return expression === null ? null : sql<boolean>`articles_fts MATCH ${expression}`;
  }
  const words = searchWords(query);
  if (words.length === 0) return null;
  return sql<boolean>`${sql.join(words.map((w) => sql`body ILIKE ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`), sql` AND `)}`;
}
