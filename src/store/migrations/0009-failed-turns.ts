import type { Kysely, Migration } from "kysely";
import { columnTypes } from "./column-types.ts";

/**
 * What a turn stands for, and why it failed. A poison article (say, one whose extraction throws on
 * every attempt) used to keep its turn open forever, and every later queued article waited behind
 * it. Now, once the queue gives up on its job (retries spent, job sent to the dead-letter queue),
 * the turn is closed with `failure` = the last error ("extraction failed: …"), so later turns go
 * on, `rasd worker --failed` lists it by `article_id` and `source` (file:line or URL), and a stale
 * retry of the job that finishes later finds its turn failed and stores nothing.
 */
export const failedTurnsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const { text } = columnTypes(db);
    await db.schema.alterTable("ingest_turns").addColumn("article_id", text).execute();
    await db.schema.alterTable("ingest_turns").addColumn("source", text).execute();
    await db.schema.alterTable("ingest_turns").addColumn("failure", text).execute();
  },
};
