import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { dialectOf } from "./store-dialect.ts";
import type { Store } from "./store.ts";
import { queryBuilder, sessionOf, type StoreSession } from "./store-session.ts";
import { bumpStoreVersion } from "./version-cache.ts";

/**
 * PostgreSQL: the advisory lock every write transaction takes first, so writers take turns as they
 * do on SQLite (BEGIN IMMEDIATE). Merging reads the neighbourhood of a report and writes events from
 * what it read; two workers merging at once under READ COMMITTED would each miss the other's new
 * reports and split one event in two. The lock is held to commit; extraction and fetching, the
 * costly part, run outside it, in parallel.
 */
const WRITE_LOCK = 0x72617364;

/** Attempts of one write transaction before its SQLITE_BUSY is passed on. */
export const WRITE_ATTEMPTS = 6;

/**
 * Run `work` in one write transaction (BEGIN IMMEDIATE, immediate-sqlite-dialect.ts), retried from
 * the start when the database stays locked past the busy timeout (another process holds a long
 * write). The transaction rolled back, so a retry starts clean: `work` must only touch the database.
 * Waits grow 0.2 s, 0.4 s, … with jitter; after WRITE_ATTEMPTS the error goes to the item's report.
 *
 *   await withWriteTransaction(store, (session) => storeArticleRows(session, row));
 *
 * `raiseVersion: false` is for rows derived from stored data that change no answer (an article's
 * framing summary filled in later): cached counts and pages stay valid.
 */
export async function withWriteTransaction<T>(store: Store, work: (session: StoreSession) => Promise<T>, options: { readonly raiseVersion?: boolean } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await queryBuilder(store)
        .transaction()
        .execute(async (trx) => {
          if (dialectOf(trx) === "postgres") await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
          const session = sessionOf(trx);
          if (options.raiseVersion ?? true) await bumpStoreVersion(session);
          return work(session);
        });
    } catch (error) {
      if (!isBusy(error) || attempt >= WRITE_ATTEMPTS) throw error;
      await sleep(100 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

/**
 * SQLITE_BUSY (another connection writes) or SQLITE_LOCKED, with their extended codes; on
 * PostgreSQL a serialization failure (40001) or a deadlock (40P01): the transaction was rolled back
 * and running it again is safe.
 */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || code === "40001" || code === "40P01");
}
