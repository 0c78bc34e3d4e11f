import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database-schema.ts";
import { cachedStatements } from "./cached-statements.ts";
import { ImmediateSqliteDialect } from "./immediate-sqlite-dialect.ts";
import { runMigrations } from "./run-migrations.ts";
import { isPostgresUrl } from "./store-dialect.ts";
import { sessionOf } from "./store-session.ts";
import { isBusy } from "./with-write-transaction.ts";
import type { Store } from "./store.ts";

export interface OpenStoreOptions {
  /** Open without writing: no migrations, no directory creation (for `rasd events`, the web app). */
  readonly readonly?: boolean;
  /**
   * PostgreSQL: end a session left idle inside a transaction this long (seconds). A worker stopped
   * (SIGSTOP, a frozen VM) in the middle of a write transaction holds the write lock; without this
   * every other worker would wait on it for ever, their jobs would time out and, retries spent,
   * end in the dead-letter queue. `rasd worker` sets it to its job timeout.
   */
  readonly idleInTransactionSeconds?: number;
}

/**
 * Open (and create or migrate) the store at `location`: a PostgreSQL URL (postgres://…) or the path
 * of an SQLite file. Both are built by the same migrations and read by the same store functions.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, options) : openSqliteStore(location, options);
}

/**
 * A PostgreSQL store: a small pool of connections (a worker runs one transaction per article at a
 * time). Kysely's Migrator takes an advisory lock, so workers starting together migrate once.
 * Counts (bigint) and sums (numeric) come back as JS numbers, as SQLite gives them.
 */
async function openPostgresStore(url: string, options: OpenStoreOptions): Promise<Store> {
  const idle = options.idleInTransactionSeconds === undefined ? {} : { idle_in_transaction_session_timeout: Math.max(1000, Math.round(options.idleInTransactionSeconds * 1000)) };
  const pool = new pg.Pool({ connectionString: url, max: 4, types: { getTypeParser: numericTypeParser }, ...idle });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (!options.readonly) await runMigrations(db as unknown as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { ...sessionOf(db), path: url, close: () => db.destroy() };
}

/** pg's parsers, with bigint (20) and numeric (1700) read as numbers: counts and sums stay far below 2^53. */
const numericTypeParser = ((oid: number, format?: "text" | "binary") =>
  oid === 20 || oid === 1700 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser;

/** Page cache per SQLite connection, in KiB. */
const SQLITE_CACHE_KIB = 64 * 1024;

/**
 * Pages the write-ahead log grows to before a commit copies them into the database file (SQLite's
 * default is 1,000, ~4 MiB). One article's commit appends ~70 pages to the log, and every ~14th
 * article then paid for a checkpoint: two fsyncs and a write of each page changed since the last,
 * the same hot pages (index roots, the last leaf of each table) again and again. At 10,000 pages
 * (~40 MiB of log while a writer is open) the fsyncs come ten times less often and a hot page is
 * copied once per checkpoint instead of ten times; storing into an empty store took ~20 % less time.
 * Readers are unaffected: a page is found in the log through its hash index (one table per 4,096 pages). Safety is
 * the same: a commit is durable against a killed process as soon as it is in the log.
 */
const SQLITE_WAL_CHECKPOINT_PAGES = 10_000;

/**
 * Open (and create or migrate) the embedded SQLite store. WAL lets readers query while an ingest
 * writes; synchronous=NORMAL in WAL mode still never corrupts the file on a crash, it may only lose
 * the last transactions after a power cut (not after a killed process). Several processes may write
 * at once (two ingests, watch, the API): transactions begin IMMEDIATE and wait up to busy_timeout
 * for the lock; with-write-transaction.ts retries past that. Swapping SqliteDialect for
 * PostgresDialect is the only change a PostgreSQL back end needs outside article-search.ts.
 */
async function openSqliteStore(path: string, options: OpenStoreOptions): Promise<Store> {
  if (path !== ":memory:" && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma("busy_timeout = 10000");
  if (!options.readonly) {
    await switchToWal(sqlite);
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma(`wal_autocheckpoint = ${SQLITE_WAL_CHECKPOINT_PAGES}`);
  }
  sqlite.pragma("foreign_keys = ON");
  // SQLite keeps 2 MiB of pages per connection by default: a store of 100,000 articles (~700 MB) then
  // fetches the same index pages from the OS for every report merged. 64 MiB holds the upper levels
  // and the hot pages of the merge's indexes; it is an upper bound, filled only as pages are read.
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  const database = cachedStatements(sqlite);
  const db = new Kysely<Database>({ dialect: options.readonly ? new SqliteDialect({ database }) : new ImmediateSqliteDialect({ database }) });
  if (!options.readonly) {
    try {
      await migrateBesideOthers(db as unknown as Kysely<unknown>);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return { ...sessionOf(db), path, close: () => db.destroy() };
}

/**
 * Put the file in WAL mode. Two processes opening the same new store at once (two `rasd ingest`):
 * while one switches the mode or runs the first migrations, the other's switch can be refused at
 * once with SQLITE_BUSY, without waiting out busy_timeout. Tried again for up to ~15 s.
 */
async function switchToWal(sqlite: SqliteDatabase.Database): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      sqlite.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if (!isBusy(error) || attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * Math.min(attempt, 20)));
    }
  }
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
