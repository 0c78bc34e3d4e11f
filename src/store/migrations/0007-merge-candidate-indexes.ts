import type { Kysely, Migration } from "kysely";

/**
 * Indexes that answer the merge's candidate queries (store/merge-queries.ts `candidateReports`)
 * without reading every same-type report of a place: each place tie (name key, gazetteer entry,
 * governorate, or the ~25 km box) is followed by date_hi, so "air strikes at Saraqib ending on or
 * after 2022-03-04" is one index range however many Saraqib reports the store holds, and the
 * undated reports (date_hi null) are another. The (event_type, place_key) and (event_type,
 * gazetteer_id) indexes of 0001 are prefixes of the new ones and go; (event_type, date_lo) served
 * only the old OR'd date filter. (event_type, lat) goes too: left in place, SQLite's planner picked
 * it for the box query and read every same-type report of the latitude band (all of Idlib). An
 * undated seed (no day to look in) now reads the type's entries of the point index, not its rows.
 */
export const mergeCandidateIndexesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex("reports_type_place_day").on("reports").columns(["event_type", "place_key", "date_hi"]).execute();
    await db.schema.createIndex("reports_type_gazetteer_day").on("reports").columns(["event_type", "gazetteer_id", "date_hi"]).execute();
    await db.schema.createIndex("reports_type_admin1_day").on("reports").columns(["event_type", "admin1", "date_hi"]).execute();
    await db.schema.createIndex("reports_type_day_point").on("reports").columns(["event_type", "date_hi", "lat", "lon"]).execute();
    await db.schema.dropIndex("reports_place_key").execute();
    await db.schema.dropIndex("reports_gazetteer").execute();
    await db.schema.dropIndex("reports_type_date").execute();
    await db.schema.dropIndex("reports_lat").execute();
  },
};
