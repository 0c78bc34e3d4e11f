import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";

/** Where a session keeps its query builder: a symbol only src/store reads. */
const QUERY_BUILDER = Symbol("rasd.store.queryBuilder");

/**
 * The store, or one transaction in it, as code outside src/store holds it: an opaque handle passed to
 * store functions (`queryEvents(store, filter)`, `writeMergedEvent(session, …)`). Only store files
 * reach the query builder inside, so SQL and Kysely stay behind src/store. A transaction's session
 * lives as long as the transaction: `withWriteTransaction(store, (session) => …)`.
 */
export interface StoreSession {
  readonly [QUERY_BUILDER]: Kysely<Database>;
}

/** The session over `db` (the store's Kysely, or a Kysely transaction). */
export function sessionOf(db: Kysely<Database>): StoreSession {
  return { [QUERY_BUILDER]: db };
}

/** The query builder of a session: for store files only. */
export function queryBuilder(session: StoreSession): Kysely<Database> {
  return session[QUERY_BUILDER];
}
