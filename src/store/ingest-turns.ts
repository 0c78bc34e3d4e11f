import type { Store } from "./store.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/**
 * Turns are the merge lock of queued ingest, and deliberately the only one (no lock per merge
 * neighbourhood). Why, with an invented example: article 7 reports a strike in Aleppo, article 8
 * a strike in Aleppo and Idlib. A lock per neighbourhood (event type × each governorate touched,
 * an "unknown place" bucket, syndication bands, taken in sorted order) would keep two merges of
 * one neighbourhood from interleaving, but it does not give the events one process gives:
 * 1. Merging is greedy and order-dependent: whether 8's report joins 7's event (and so which
 *    events exist, under which anchor's id) depends on 7 being committed first. Locks give mutual exclusion, not
 *    order; so each neighbourhood would still need its own turn sequence, known at enqueue time.
 * 2. The neighbourhood is only known after extraction (the governorates, the event type, the
 *    syndication bands of the text), and it grows while merging: remergeAround pulls in the
 *    events of every report it joins, whose other reports may lie in governorates the article
 *    never names, and a syndicated copy re-summarises events of other articles. The set to lock
 *    cannot be fixed before the transaction has read what it is going to change.
 * 3. Ids are not the obstacle (merged-event-id.ts derives them from the anchor report), order is:
 *    two articles commute only when neither reads what the other writes, and that cannot be known
 *    before both have run. Taking locks after reading and re-checking (optimistic) would need the
 *    whole merge to be retried on conflict, and every other writer (review, serve, ingest) takes
 *    the one store-wide write lock (with-write-transaction.ts) that would have to be split too.
 * The price is real and measured (scratch script over storeArticle on PostgreSQL, one process,
 * a loaded 2-core machine): the write step is most of a job, 81 ms against 4 ms of extraction per
 * generated test article, 242 ms against 19 ms on real articles; so turns cap the throughput of
 * any number of workers at one writer. Parallel merging is left until it can be shown to give the
 * same events (a per-neighbourhood turn sequence decided after extraction, before commit).
 * So a turn is held for one transaction (store-article.ts), commits go in enqueue order,
 * and any number of workers give exactly the events and ids of one process.
 */

/** One queued article: what its turn records, for `rasd worker --failed`. */
export interface TurnItem {
  readonly articleId: string | null;
  /** file:line or URL. */
  readonly source: string | null;
}

/** Take one new turn per item, after every turn taken before (run in a write transaction). Returns the first. */
export async function takeTurns(session: StoreSession, items: readonly TurnItem[]): Promise<number> {
  const db = queryBuilder(session);
  const last = await db.selectFrom("ingest_turns").select((eb) => eb.fn.max("turn").as("t")).executeTakeFirst();
  const first = Number(last?.t ?? 0) + 1;
  for (let i = 0; i < items.length; i += 1000) {
    const rows = items.slice(i, i + 1000).map((item, j) => ({ turn: first + i + j, done: 0, article_id: item.articleId, source: item.source }));
    await db.insertInto("ingest_turns").values(rows).execute();
  }
  return first;
}

/** Whether an earlier turn is still open (its article not committed yet). */
export async function earlierTurnOpen(session: StoreSession, turn: number): Promise<boolean> {
  const row = await queryBuilder(session).selectFrom("ingest_turns").select("turn").where("done", "=", 0).where("turn", "<", turn).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The failure a turn was closed with, or null (open, done well, or unknown). */
export async function turnFailure(session: StoreSession, turn: number): Promise<string | null> {
  const row = await queryBuilder(session).selectFrom("ingest_turns").select("failure").where("turn", "=", turn).executeTakeFirst();
  return row?.failure ?? null;
}

/** Close a turn (in the transaction that stored its article). */
export async function closeTurn(session: StoreSession, turn: number): Promise<void> {
  await queryBuilder(session).updateTable("ingest_turns").set({ done: 1 }).where("turn", "=", turn).execute();
}

/**
 * Close a still-open turn as failed with `reason`, so later turns go on. A turn already done
 * (its article was stored by an attempt that did get through) keeps its outcome. Returns whether it closed it.
 */
export async function failTurn(session: StoreSession, turn: number, reason: string): Promise<boolean> {
  const result = await queryBuilder(session).updateTable("ingest_turns").set({ done: 1, failure: reason.slice(0, 2000) }).where("turn", "=", turn).where("done", "=", 0).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface FailedTurn {
  readonly turn: number;
  readonly articleId: string | null;
  readonly source: string | null;
  readonly failure: string;
}

/** Every turn closed as failed, oldest first. */
export async function failedTurns(store: Store): Promise<FailedTurn[]> {
  const rows = await queryBuilder(store).selectFrom("ingest_turns").select(["turn", "article_id", "source", "failure"]).where("failure", "is not", null).orderBy("turn").execute();
  return rows.map((r) => ({ turn: Number(r.turn), articleId: r.article_id, source: r.source, failure: r.failure ?? "" }));
}
