import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";

/** An open store: the typed query builder over the database, and a way to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  /** The database file (":memory:" for a throwaway store). */
  readonly path: string;
  close(): Promise<void>;
}
