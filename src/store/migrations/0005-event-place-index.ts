import type { Kysely, Migration } from "kysely";

/**
 * The map's bounding-box query (events with lon and lat inside a box) gets an index on both back
 * ends: B-tree on (lon, lat), which serves the lon range and checks lat in the index without
 * reading rows. The date filter already has one (events_date, migration 0001).
 */
export const eventPlaceIndexMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex("events_lon_lat").on("events").columns(["lon", "lat"]).execute();
  },
};
