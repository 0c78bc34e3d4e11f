import type { SqliteDatabase, SqliteStatement } from "kysely";
import type BetterSqlite3 from "better-sqlite3";

/** Compiled statements kept per store: the merge runs a few dozen distinct SQL texts per article. */
export const STATEMENT_CACHE_SIZE = 512;

/**
 * The better-sqlite3 database as Kysely's SQLite dialect sees it, with compiled statements reused.
 * Kysely prepares every query afresh; compiling "select … from reports where event_type = ? and
 * place_key = ? and date_hi >= ? …" again for each of a thousand articles cost a third of the SQL
 * time of an ingest. Statements are keyed by their SQL text (parameters are bound at each run) and
 * the least recently used is dropped past `size`. A statement still being iterated (a streamed
 * copy, store/copy-store.ts) is busy: the same SQL run meanwhile gets a fresh statement.
 */
export function cachedStatements(database: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close() {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit !== undefined) {
        if (hit.busy) return database.prepare(sql) as unknown as SqliteStatement;
        // Map keeps insertion order: moving the hit to the end makes the first key the least recent.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit as unknown as SqliteStatement;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement as unknown as SqliteStatement;
    },
  };
}
