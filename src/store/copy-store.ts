import { type Kysely, sql } from "kysely";
import { RasdError } from "../errors/rasd-error.ts";
import { dialectOf } from "./store-dialect.ts";
import { queryBuilder, sessionOf, type StoreSession } from "./store-session.ts";
import { bumpStoreVersion } from "./version-cache.ts";
import type { Database } from "./database-schema.ts";
import type { Store } from "./store.ts";

/**
 * Tables in the order their rows can be written (a row's foreign keys point at tables before it);
 * tables other migrations add come after these, in name order. The search index is copied too.
 */
const TABLE_ORDER = ["outlets", "articles", "article_urls", "article_bands", "articles_fts", "places", "place_aliases", "events", "reports", "spans", "feeds", "feed_items", "merge_overrides"];

/**
 * Not data: the migrator's bookkeeping, SQLite's own tables, the FTS5 index's shadow tables, the
 * R*Tree of event points (its triggers fill the target's) and the target's own version counter.
 */
const NOT_DATA = /^(kysely_migration|sqlite_|articles_fts_|events_rtree|store_version$)/;

/** Rows per INSERT: below both databases' limits on bound parameters with ~40 columns. */
const BATCH = 500;

/** Rows copied, by table. */
export type CopyCounts = Readonly<Record<string, number>>;

/**
 * Copy every row of `from` into `to` (an SQLite file into PostgreSQL, or back), both already at the
 * latest schema. The target must hold no article: the copy never mixes two stores. All of it is one
 * transaction on the target, so a failed copy leaves it empty. Row ids are kept (merging orders by
 * them), and the target's id counters are moved past them. Returns the rows copied per table,
 * checked against the source's counts.
 */
export async function copyStore(from: Store, to: Store, progress: (table: string, rows: number) => void = () => {}): Promise<CopyCounts> {
  const source = queryBuilder(from) as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const target = queryBuilder(to) as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const present = await rowCount(to, "articles");
  if (present > 0) throw new RasdError("usage", `the target store already holds ${present} article(s): copy into an empty store`);
  const tables = await dataTables(from);
  const known = new Set(await dataTables(to));
  const missing = tables.filter((t) => !known.has(t));
  if (missing.length > 0) throw new RasdError("usage", `the target store has no table ${missing.join(", ")}: open it with this version of rasd first`);
  const counts: Record<string, number> = {};
  await target.transaction().execute(async (trx) => {
    await bumpStoreVersion(sessionOf(trx as unknown as Kysely<Database>));
    for (const table of tables) {
      let copied = 0;
      for await (const rows of readBatches(source, table)) {
        await trx.insertInto(table).values(rows).execute();
        copied += rows.length;
        progress(table, copied);
      }
      counts[table] = copied;
    }
    if (dialectOf(trx) === "postgres") {
      for (const table of ["reports", "spans", "merge_overrides"]) {
        await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), COALESCE((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(trx);
      }
    }
  });
  for (const table of tables) {
    const [a, b] = [await rowCount(from, table), await rowCount(to, table)];
    if (a !== b) throw new RasdError("unreadable", `copy of ${table} is incomplete: ${a} row(s) in the source, ${b} in the target`);
  }
  return counts;
}

/** The store's data tables, in writing order. */
async function dataTables(session: StoreSession): Promise<string[]> {
  const db = queryBuilder(session);
  const rows =
    dialectOf(db) === "sqlite"
      ? (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db)).rows
      : (await sql<{ name: string }>`SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema()`.execute(db)).rows;
  const names = rows.map((r) => r.name).filter((n) => !NOT_DATA.test(n));
  const rank = (n: string) => (TABLE_ORDER.includes(n) ? TABLE_ORDER.indexOf(n) : TABLE_ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export async function rowCount(session: StoreSession, table: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(queryBuilder(session));
  return Number(result.rows[0]?.n ?? 0);
}

/** A table's rows, BATCH at a time, in a stable order (every column, so no row is read twice). */
async function* readBatches(db: Kysely<Record<string, Record<string, unknown>>>, table: string): AsyncGenerator<Record<string, unknown>[]> {
  const columns = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} LIMIT 1`.execute(db)).rows[0];
  if (columns === undefined) return;
  const order = sql.join(Object.keys(columns).map((c) => sql.ref(c)));
  // SQLite: one pass over the table; PostgreSQL: pages in the order of every column.
  if (dialectOf(db) === "sqlite") {
    let batch: Record<string, unknown>[] = [];
    for await (const row of db.selectFrom(table).selectAll().stream(BATCH)) {
      batch.push(row);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return;
  }
  for (let offset = 0; ; offset += BATCH) {
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`.execute(db)).rows;
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
  }
}
