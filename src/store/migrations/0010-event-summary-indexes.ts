import type { Kysely, Migration } from "kysely";

/**
 * Indexes that let one report join an event without reading the event's reports
 * (merge/remerge-around.ts `writeEvent`, store/event-summary-queries.ts): the event's anchor (its
 * earliest report, then by key) and its most precise place (then by id) are the first entry of an
 * index range; the coded fields the majorities count are tallied from one covering index (no row
 * reads); and the articles copying one original (`syndicated_of`) are found without scanning every
 * article, so the 2,000th copy of a story no longer reads the 1,999 before it to find its group.
 */
export const eventSummaryIndexesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex("reports_event_anchor").on("reports").columns(["event_id", "date_lo", "report_key"]).execute();
    await db.schema.createIndex("reports_event_place").on("reports").columns(["event_id", "geo_precision", "id"]).execute();
    await db.schema.createIndex("reports_event_tally").on("reports").columns(["event_id", "sub_event_type", "actor1", "actor2", "source"]).execute();
    await db.schema.createIndex("articles_syndicated_of").on("articles").column("syndicated_of").execute();
  },
};
