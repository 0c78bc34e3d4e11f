import { type Kysely, type Migration, sql } from "kysely";
import { dialectOf } from "../store-dialect.ts";
import { columnTypes } from "./column-types.ts";

/**
 * article_bands keyed by article first: (article_id, band) instead of (band, article_id).
 *
 * The table is only ever read one article at a time ("does member m have one of these bands?",
 * store/article-writes.ts `sharesBand`); finding the groups under a band is band_roots' job (0011).
 * Keyed by band, the 16 rows of a new article landed on 16 scattered leaves of the key's B-tree, so
 * each article's commit wrote about 15 pages for this table alone (of ~85), and in a large store
 * first read them from disk. Keyed by article they sit side by side: one page, usually the last.
 * For example the bands "3:k2.9a.x1.07" and "11:p0.4c.2z.hh" of article "a-1041" were two leaves
 * apart from each other and from those of "a-1040"; now all three articles share a leaf.
 *
 * SQLite: rebuilt WITHOUT ROWID, so the rows live in the key's B-tree (before, a rowid table beside
 * an index of the same rows, two trees written per row). PostgreSQL: the primary key is swapped.
 */
export const articleBandsByArticleMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (dialectOf(db) === "postgres") {
      await sql`ALTER TABLE article_bands DROP CONSTRAINT article_bands_pk, ADD CONSTRAINT article_bands_pk PRIMARY KEY (article_id, band)`.execute(db);
      return;
    }
    const t = columnTypes(db);
    await db.schema
      .createTable("article_bands_by_article")
      .addColumn("band", t.text, (c) => c.notNull())
      .addColumn("article_id", t.text, (c) => c.notNull().references("articles.id"))
      .addPrimaryKeyConstraint("article_bands_pk", ["article_id", "band"])
      .modifyEnd(sql`without rowid`)
      .execute();
    await sql`INSERT INTO article_bands_by_article (band, article_id) SELECT band, article_id FROM article_bands ORDER BY article_id, band`.execute(db);
    await db.schema.dropTable("article_bands").execute();
    await db.schema.alterTable("article_bands_by_article").renameTo("article_bands").execute();
  },
};
