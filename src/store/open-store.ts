import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./database-schema.ts";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect.ts";
import { runMigrations } from "./run-migrations.ts";
import type { Store } from "./store.ts";

export interface OpenStoreOptions {
  /** Open without writing: no migrations, no directory creation (for `rasd events`, the web app). */
  readonly readonly?: boolean;
}

/**
 * Open (and create or migrate) the embedded SQLite store. WAL lets readers query while an ingest
 * writes; synchronous=NORMAL in WAL mode still never corrupts the file on a crash, it may only lose
 * the last transactions after a power cut (not after a killed process). Several processes may write
 * at once (two ingests, watch, the API): transactions begin IMMEDIATE and wait up to busy_timeout
 * for the lock; with-write-transaction.ts retries past that. Swapping SqliteDialect for
 * PostgresDialect is the only change a PostgreSQL back end needs outside article-search.ts.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (path !== ":memory:" && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma("busy_timeout = 10000");
  if (!options.readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: options.readonly ? new SqliteDialect({ database: sqlite }) : new ImmediateSqliteDialect({ database: sqlite }) });
  if (!options.readonly) {
    try {
      await migrateBesideOthers(db as unknown as Kysely<unknown>);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return { db, path, close: () => db.destroy() };
}

/**
 * Migrate, allowing for another process that creates or migrates the same new store at the same
 * moment (two `rasd ingest` started together): its schema change lands first and ours then fails
 * ("duplicate column", "already exists") and is rolled back whole (SQLite's DDL is transactional).
 * Reading the state again finds the migration done. Bounded: a schema error that persists is thrown.
 */
async function migrateBesideOthers(db: Kysely<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await runMigrations(db);
      return;
    } catch (error) {
      const raced = error instanceof Error && /duplicate column|already exists/i.test(error.message);
      if (!raced || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}
