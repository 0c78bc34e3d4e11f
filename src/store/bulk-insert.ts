import { type Insertable, sql } from "kysely";
import type { Database } from "./database-schema.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";
import { type StoredEvent, toStoredEvent } from "./stored-event.ts";

/** Tables a bulk load fills: a store built outside ingest (bench/store-scale-bench.ts, a large import). */
export type BulkTable = "outlets" | "articles" | "article_bands" | "band_roots" | "events" | "reports";

/** Bound parameters per INSERT: under SQLite's 32 766 and PostgreSQL's 65 535. */
const MAX_PARAMETERS = 30_000;

/**
 * Insert rows as multi-row INSERTs, as many rows per statement as the parameter limit allows (a
 * 35-column event row: 857 per statement). No merging, no checks beyond the schema's: the caller
 * gives finished rows and wraps the call in withWriteTransaction.
 */
export async function bulkInsert<T extends BulkTable>(session: StoreSession, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  const db = queryBuilder(session);
  for (let i = 0; i < rows.length; i += batch) {
    await db
      .insertInto(table)
      // Kysely cannot relate the generic table to its row type; the signature already checked the rows.
      .values(rows.slice(i, i + batch) as never)
      .execute();
  }
}

/**
 * The reference for query latency: the first `limit` events after `afterId` by primary key, a plain
 * B-tree range read with no filter or second query, its rows parsed as queryEvents parses them.
 * API queries are reported as multiples of it.
 */
export async function eventsByIdAfter(session: StoreSession, afterId: string, limit: number): Promise<StoredEvent[]> {
  const rows = await queryBuilder(session).selectFrom("events").selectAll().where("event_id", ">", afterId).orderBy("event_id").limit(limit).execute();
  return rows.map(toStoredEvent);
}

/** Refresh the planner's statistics after a bulk load (SQLite ANALYZE / PostgreSQL ANALYZE). */
export async function analyzeStore(session: StoreSession): Promise<void> {
  await sql`ANALYZE`.execute(queryBuilder(session));
}
