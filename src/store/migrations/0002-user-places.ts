import type { Kysely, Migration } from "kysely";
import { type ColumnTypes, columnTypes } from "./column-types.ts";

/**
 * Places that users import or add (rasd gazetteer import/add) live in the same `places` table as the
 * places ingest saw in events; `origin` tells them apart (null = only seen in a report, never merged
 * into the gazetteer). Aliases added to an existing entry (built-in or stored) go to `place_aliases`,
 * keyed by the entry id, so an alias for a built-in village needs no copy of the village.
 */
export const userPlacesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const t = columnTypes(db);
    const columns: readonly (readonly [string, ColumnTypes["text"] | "integer"])[] = [
      ["name_en", t.text],
      ["aliases_json", t.text],
      ["kind", t.text],
      ["admin1_ar", t.text],
      ["pcode", t.text],
      ["population", "integer"],
      ["source", t.text],
      ["origin", t.text],
    ];
    for (const [name, type] of columns) {
      await db.schema.alterTable("places").addColumn(name, type).execute();
    }
    await db.schema.createIndex("places_origin").on("places").column("origin").execute();
    await db.schema
      .createTable("place_aliases")
      .addColumn("gazetteer_id", t.text, (c) => c.notNull())
      .addColumn("alias_ar", t.text, (c) => c.notNull())
      .addColumn("added_at", t.text, (c) => c.notNull())
      .addPrimaryKeyConstraint("place_aliases_pk", ["gazetteer_id", "alias_ar"])
      .execute();
  },
};
