import type { Kysely, Migration } from "kysely";

/**
 * The order in which queued articles are merged. Merging is greedy (a report joins the events
 * already there), so the events depend on the order articles arrive; workers extract in parallel
 * but commit in the order the articles were queued, so any number of workers gives the events one
 * process gives. A turn is done when its article was stored, found a duplicate, or refused.
 */
export const ingestTurnsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("ingest_turns")
      .addColumn("turn", "integer", (c) => c.primaryKey())
      .addColumn("done", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex("ingest_turns_open").on("ingest_turns").columns(["done", "turn"]).execute();
  },
};
