import { type QueryExecutorProvider, PostgresAdapter } from "kysely";

/** The two databases a store can live in. */
export type StoreDialect = "sqlite" | "postgres";

/**
 * A `--db` value naming a PostgreSQL database ("postgres://user@host:5432/rasd" or "postgresql://…")
 * rather than an SQLite file. Anything else is a file path: a file named "postgres:" is never made.
 */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Which database a query builder talks to (its adapter tells, for migrations and store functions alike). */
export function dialectOf(db: QueryExecutorProvider): StoreDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** A location as messages show it: a PostgreSQL URL without its password. */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password !== "") url.password = "***";
    return url.href;
  } catch {
    return "postgres://…";
  }
}
