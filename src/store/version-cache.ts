import { sql } from "kysely";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/**
 * The store's version: a counter every write transaction raises (withWriteTransaction), so a reader
 * knows its cached counts are still right by reading one row. Ingest in another process (a worker)
 * raises it too, since it lives in the database, not in this process.
 */
export async function storeVersion(session: StoreSession): Promise<number> {
  const row = await queryBuilder(session).selectFrom("store_version").select("version").where("id", "=", 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Raise the version: called first in every write transaction (before its rows, so readers never see new rows under an old version). */
export async function bumpStoreVersion(session: StoreSession): Promise<void> {
  await sql`UPDATE store_version SET version = version + 1 WHERE id = 1`.execute(queryBuilder(session));
}

/** Most answers kept per cache: a map panned over many boxes keeps the recent ones. */
const CAPACITY = 256;

/**
 * Answers computed once per store version and key: the total of `GET /api/events?type=Battles` is
 * counted once after each ingest, not on every page. Each store (database) has its own cache; an old
 * version's answers are dropped as soon as a newer version is seen.
 *
 *   const total = await cache.get(store, `count:${JSON.stringify(filter)}`, () => countEvents(store, filter));
 */
export class VersionCache {
  private version = -1;
  private readonly answers = new Map<string, Promise<unknown>>();

  async get<T>(session: StoreSession, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await storeVersion(session);
    if (version !== this.version) {
      this.version = version;
      this.answers.clear();
    }
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (answer === undefined) {
      answer = compute();
      // A failed computation is not kept: the next request tries again.
      answer.catch(() => this.answers.delete(key));
      if (this.answers.size >= CAPACITY) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(key, answer);
    } else {
      // Most recently used last, so the oldest is dropped first.
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }
}

/** One cache per store, so two stores open in one process (tests, copy) never share answers. */
const caches = new WeakMap<object, VersionCache>();

/** The cache of a store (keyed by its query builder, which every session of it over the pool shares). */
export function versionCacheOf(session: StoreSession): VersionCache {
  const key = queryBuilder(session) as object;
  let cache = caches.get(key);
  if (cache === undefined) caches.set(key, (cache = new VersionCache()));
  return cache;
}
