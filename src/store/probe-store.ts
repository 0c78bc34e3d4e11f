import { sql } from "kysely";
import { dialectOf } from "./store-dialect.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/**
 * Read the database's catalogue once, so a file that is not a database (or a server that refuses)
 * fails here, when the store is opened, and not halfway through a command.
 */
export async function probeStore(session: StoreSession): Promise<void> {
  const db = queryBuilder(session);
  if (dialectOf(db) === "sqlite") await sql`SELECT count(*) FROM sqlite_master`.execute(db);
  else await sql`SELECT count(*) FROM pg_catalog.pg_tables`.execute(db);
}
