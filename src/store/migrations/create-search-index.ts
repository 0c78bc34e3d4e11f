import { type Kysely, sql } from "kysely";
import { dialectOf } from "../store-dialect.ts";

/**
 * The article search index, the one table each database builds its own way (article-search.ts
 * queries it). Both hold the normalised title and text and find a query word inside longer words,
 * so a place name also matches with clitics attached (an invented example: سرمين in وسرمين):
 * - SQLite: an FTS5 table with the trigram tokenizer;
 * - PostgreSQL: a plain table with a pg_trgm GIN index, which serves ILIKE '%word%'.
 */
export async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, body, tokenize = 'trigram')`.execute(db);
    return;
  }
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE TABLE articles_fts (article_id text COLLATE "C" PRIMARY KEY, body text NOT NULL)`.execute(db);
  await sql`CREATE INDEX articles_fts_trigram ON articles_fts USING gin (body gin_trgm_ops)`.execute(db);
}
