import type { Kysely, Migration } from "kysely";
import { columnTypes } from "./column-types.ts";

/**
 * Each article's framing summary (framing/article-framing-summary.ts), written with the article,
 * so outlet profiles sum stored rows instead of reading every text again after each ingest (50,000
 * articles took seconds on the first GET /api/outlets). `lexicon_version` names the reader and the
 * framing lexicon that made the row: a row of another version is read again, like an article stored
 * before this migration, which has none. Own-voice term hits and credited source kinds are JSON
 * arrays (a profile reads them in article order); the camp scores are columns.
 */
export const articleFramingsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const { text, real } = columnTypes(db);
    await db.schema
      .createTable("article_framings")
      .addColumn("article_id", text, (c) => c.primaryKey().references("articles.id"))
      .addColumn("lexicon_version", text, (c) => c.notNull())
      .addColumn("camp", text, (c) => c.notNull())
      .addColumn("government", real, (c) => c.notNull())
      .addColumn("opposition", real, (c) => c.notNull())
      .addColumn("kurdish", real, (c) => c.notNull())
      .addColumn("neutral", real, (c) => c.notNull())
      .addColumn("own_terms_json", text, (c) => c.notNull())
      .addColumn("source_kinds_json", text, (c) => c.notNull())
      .execute();
  },
};
