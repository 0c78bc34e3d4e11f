import { sql } from "kysely";
import { dialectOf } from "./store-dialect.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/**
 * Read the database's catalogue once, so a file that is not a database (or a server that refuses)
 * fails here, when the store is opened, and not halfway through a command. False when the database
 * holds no store yet (a PostgreSQL database nobody ingested into; an SQLite file's existence is
 * checked by the caller).
 */
export async function probeStore(session: StoreSession): Promise<boolean> {
  const db = queryBuilder(session);
  if (dialectOf(db) === "sqlite") {
    await sql`SELECT count(*) FROM sqlite_master`.execute(db);
    return true;
  }
  const found = await sql<{ events: string | null }>`SELECT to_regclass('events')::text AS events`.execute(db);
  return found.rows[0]?.events !== null && found.rows[0]?.events !== undefined;
}
