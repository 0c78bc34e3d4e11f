import { sql, type Kysely, type Migration } from "kysely";
import { dialectOf } from "../store-dialect.ts";
import { columnTypes } from "./column-types.ts";

/**
 * Each article's framing summary (framing/article-framing-summary.ts), written with the article,
 * so outlet profiles sum stored rows instead of reading every text again after each ingest (50,000
 * articles took seconds on the first GET /api/outlets). `lexicon_version` names the reader and the
 * framing lexicon that made the row: a row of another version is read again, like an article stored
 * before this migration, which has none. Own-voice term hits and credited source kinds are JSON
 * arrays (a profile reads them in article order); the camp scores are columns. The article's outlet
 * is repeated here (it never changes) so profiles read this narrow table alone, not the articles
 * with their texts: scanning 50,000 articles' rows took 2 s by itself. On SQLite the table is
 * WITHOUT ROWID, kept in article order, so that read is one sequential pass (not one primary-key
 * lookup per row).
 */
export const articleFramingsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const { text, real } = columnTypes(db);
    const create = db.schema
      .createTable("article_framings")
      .addColumn("article_id", text, (c) => c.primaryKey().references("articles.id"))
      .addColumn("outlet_id", text)
      .addColumn("lexicon_version", text, (c) => c.notNull())
      .addColumn("camp", text, (c) => c.notNull())
      .addColumn("government", real, (c) => c.notNull())
      .addColumn("opposition", real, (c) => c.notNull())
      .addColumn("kurdish", real, (c) => c.notNull())
      .addColumn("neutral", real, (c) => c.notNull())
      .addColumn("own_terms_json", text, (c) => c.notNull())
      .addColumn("source_kinds_json", text, (c) => c.notNull());
    await (dialectOf(db) === "sqlite" ? create.modifyEnd(sql`without rowid`) : create).execute();
  },
};
