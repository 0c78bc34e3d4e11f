import { type Kysely, type Migration, sql } from "kysely";
import { dialectOf } from "../store-dialect.ts";

/**
 * Reads served by indexes (issue 12):
 * - the event list's two orders, newest first and oldest first, each walk one index with the
 *   event id as tie-break (2024-03-01/ev-a before 2024-03-01/ev-b in both), so page 1 and the page
 *   after a cursor read `limit` rows instead of sorting every match;
 * - the governorate filter, lower(admin1), gets an index on that expression;
 * - a map box: SQLite keeps an R*Tree of event points in step with `events` by triggers (an event
 *   at lon 36.63, lat 35.93 is found by a box around Idlib without reading the rest); PostgreSQL a
 *   GiST index over point(lon, lat), built in (no extension);
 * - store_version: one counter every write transaction raises, so counts, stats and outlet profiles
 *   are computed once per version instead of on every request.
 */
export const indexedReadsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex("events_date_id").on("events").columns(["date", "event_id"]).execute();
    await db.schema.createIndex("events_date_desc_id").on("events").columns(["date desc", "event_id"]).execute();
    // The governorate filter compares lower(admin1) (case-insensitive "idlib"): an index on that expression.
    await db.schema.createIndex("events_admin1_lower").on("events").expression(sql`lower(admin1)`).execute();
    await db.schema
      .createTable("store_version")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("version", "bigint", (c) => c.notNull())
      .execute();
    await sql`INSERT INTO store_version (id, version) VALUES (1, 1)`.execute(db);
    if (dialectOf(db) === "postgres") {
      await sql`CREATE INDEX events_point ON events USING gist (point(lon, lat)) WHERE lon IS NOT NULL AND lat IS NOT NULL`.execute(db);
      return;
    }
    // The R*Tree holds 32-bit floats rounded outwards: it finds a superset and the query checks the
    // exact lat/lon on the event row.
    await sql`CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat)`.execute(db);
    await sql`INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) SELECT rowid, lon, lon, lat, lat FROM events WHERE lon IS NOT NULL AND lat IS NOT NULL`.execute(db);
    await sql`CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN new.lon IS NOT NULL AND new.lat IS NOT NULL
      BEGIN INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (new.rowid, new.lon, new.lon, new.lat, new.lat); END`.execute(db);
    await sql`CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN DELETE FROM events_rtree WHERE id = old.rowid; END`.execute(db);
    await sql`CREATE TRIGGER events_rtree_update AFTER UPDATE OF lon, lat ON events
      BEGIN
        DELETE FROM events_rtree WHERE id = old.rowid;
        INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) SELECT new.rowid, new.lon, new.lon, new.lat, new.lat WHERE new.lon IS NOT NULL AND new.lat IS NOT NULL;
      END`.execute(db);
  },
};
