import type { Kysely, Migration } from "kysely";
import { columnTypes } from "./column-types.ts";

/**
 * The country of each report and event ("Syria", "Yemen"), as the extractor writes location.country.
 * Before it the store kept only admin1, so an event abroad (a strike in Sanaa, admin1 "Amanat Al
 * Asimah") was exported as if in Syria. Rows stored earlier stay null until `rasd reprocess`
 * re-extracts their articles.
 */
export const eventCountryMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const t = columnTypes(db);
    await db.schema.alterTable("reports").addColumn("country", t.text).execute();
    await db.schema.alterTable("events").addColumn("country", t.text).execute();
  },
};
