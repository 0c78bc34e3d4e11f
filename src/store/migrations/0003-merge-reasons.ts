import type { Kysely, Migration } from "kysely";
import { columnTypes } from "./column-types.ts";

/**
 * Why reports were merged, and the hand corrections that outlive re-merging:
 * - `events.merge_reasons_json`: the links that joined the event's reports (merge/attach-report.ts
 *   `MergeReason`), shown in the API's event response;
 * - `merge_overrides`: "split" (a report kept on its own, never merged again) and "join" (two
 *   events kept together, named by a report of each), re-applied by ingest and `rasd reprocess`;
 * - an index for the merge's "same governorate" candidates (an area and a village inside it).
 */
export const mergeReasonsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const t = columnTypes(db);
    await db.schema.alterTable("events").addColumn("merge_reasons_json", t.text, (c) => c.notNull().defaultTo("[]")).execute();
    await db.schema
      .createTable("merge_overrides")
      .addColumn("id", "integer", t.rowId)
      .addColumn("kind", t.text, (c) => c.notNull())
      .addColumn("report_key", t.text, (c) => c.notNull())
      .addColumn("other_key", t.text)
      .addColumn("created_at", t.text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("merge_overrides_report").on("merge_overrides").column("report_key").execute();
    await db.schema.createIndex("reports_type_admin1").on("reports").columns(["event_type", "admin1"]).execute();
  },
};
