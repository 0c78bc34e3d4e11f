import { type Kysely, type Migration, sql } from "kysely";
import { dialectOf } from "../store-dialect.ts";
import { columnTypes } from "./column-types.ts";

/**
 * Reads that stay the same size however many copies of one story the store holds:
 * - band_roots: for each MinHash band, the syndication groups (by root article) with a member that
 *   has it. A new copy of a story told 2,000 times finds one group under each of its bands, not the
 *   2,000 articles of article_bands (store/article-writes.ts `syndicationRoots`).
 * - articles_group_member: the members of one group (coalesce(syndicated_of, id) is its root) in id
 *   order, so comparing a new text with a few of them reads those few.
 * - reports (event_id, date_hi): an event's last day is the end of an index range, as its first
 *   day already is (0010's reports_event_anchor), instead of a walk over its reports.
 * - outlets_ambiguous: the few outlet keys that could be misread in an event's outlet groups
 *   ("a = b", "", "unknown outlet"), so asking whether there are any reads this index alone, not
 *   every outlet, each time a report joins an event.
 */
export const syndicationBandRootsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const t = columnTypes(db);
    await db.schema
      .createTable("band_roots")
      .addColumn("band", t.text, (c) => c.notNull())
      .addColumn("root", t.text, (c) => c.notNull())
      .addPrimaryKeyConstraint("band_roots_pk", ["band", "root"])
      // SQLite: the rows live in the primary key's B-tree, not in a table beside an index of them.
      .$call((b) => (dialectOf(db) === "sqlite" ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    await db.schema.createIndex("band_roots_root").on("band_roots").column("root").execute();
    await sql`INSERT INTO band_roots (band, root)
      SELECT DISTINCT article_bands.band, coalesce(articles.syndicated_of, articles.id)
      FROM article_bands JOIN articles ON articles.id = article_bands.article_id`.execute(db);
    await sql`CREATE INDEX articles_group_member ON articles ((coalesce(syndicated_of, id)), id)`.execute(db);
    await db.schema.createIndex("reports_event_last_day").on("reports").columns(["event_id", "date_hi"]).execute();
    await sql`CREATE INDEX outlets_ambiguous ON outlets (id) WHERE id LIKE '% = %' OR id = 'unknown outlet' OR id = ''`.execute(db);
  },
};
