import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import { dialectOf } from "./store-dialect.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";
import type { Database } from "./database-schema.ts";
import { type EventFilter, eventFilterCondition, type FilterPlan } from "./event-filter.ts";
import { type StoredEvent, toStoredEvent } from "./stored-event.ts";
import { versionCacheOf } from "./version-cache.ts";

export type EventOrder = "date-desc" | "date-asc";

export interface PageRequest {
  /** At most this many events (default 100, capped at 10 000). */
  readonly limit?: number;
  /** Skip this many events (ignored with a cursor). */
  readonly offset?: number;
  /** Newest first (default) or oldest first; undated events come last either way. */
  readonly order?: EventOrder;
  /** The events after this one (a page's next_cursor): read from the index, however deep. */
  readonly cursor?: string;
}

export interface EventPage {
  /** Events matching the filter, all pages together. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly StoredEvent[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly next_cursor: string | null;
}

export const MAX_PAGE = 10_000;

/** A cursor that is not one of next_cursor's (edited, or of another order). */
export class BadCursorError extends Error {
  constructor(cursor: string) {
    super(`cursor "${cursor.slice(0, 40)}" is not one this API gave`);
  }
}

/** Where a page ends: the last event's order, day (null when undated) and id. */
interface Position {
  readonly order: EventOrder;
  readonly date: string | null;
  readonly eventId: string;
}

/** Opaque to callers: base64url of ["d" | "a", day or null, event id]. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.order === "date-asc" ? "a" : "d", position.date, position.eventId])).toString("base64url");
}

export function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 3 && (value[0] === "a" || value[0] === "d") && (value[1] === null || typeof value[1] === "string") && typeof value[2] === "string") {
      return { order: value[0] === "a" ? "date-asc" : "date-desc", date: value[1], eventId: value[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw new BadCursorError(cursor);
}

/**
 * Merged events matching a filter, one page of them, with the total for pagination.
 *
 * Dated events come first, walked along the index of their order (events_date_desc_id or
 * events_date_id: day, then event id); undated ones after them, along (date IS NULL, event id). The
 * two are separate queries, so neither sorts: a page reads `limit` rows (plus `offset` index entries
 * when paging by offset). The total is counted once per store version (version-cache.ts).
 */
export async function queryEvents(session: StoreSession, filter: EventFilter = {}, page: PageRequest = {}): Promise<EventPage> {
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(page.limit ?? 100)));
  const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
  const order = after?.order ?? page.order ?? "date-desc";
  const offset = after === null ? Math.max(0, Math.floor(page.offset ?? 0)) : 0;
  const [total, items] = await Promise.all([countEvents(session, filter), readEvents(session, filter, order, after, limit, offset)]);
  const last = items.at(-1);
  const more = items.length === limit && limit > 0 && (after !== null || offset + limit < total);
  const next_cursor = more && last !== undefined ? encodeCursor({ order, date: last.date, eventId: last.event_id }) : null;
  return { total, limit, offset, items, next_cursor };
}

/** How many events match (cached per store version and filter). */
export async function countEvents(session: StoreSession, filter: EventFilter = {}): Promise<number> {
  return versionCacheOf(session).get(session, `count ${JSON.stringify(filter)}`, async () => {
    const db = queryBuilder(session);
    const row = await db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) => eventFilterCondition(eb, filter, dialectOf(db)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

/** How many matching events have no date (cached): where offset paging crosses into them. */
async function countUndated(session: StoreSession, filter: EventFilter): Promise<number> {
  return versionCacheOf(session).get(session, `undated ${JSON.stringify(filter)}`, async () => {
    const db = queryBuilder(session);
    const row = await db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("events.date", "is", null)
      .where((eb) => eventFilterCondition(eb, filter, dialectOf(db)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

async function readEvents(session: StoreSession, filter: EventFilter, order: EventOrder, after: Position | null, limit: number, offset: number): Promise<StoredEvent[]> {
  if (limit === 0) return [];
  const db = queryBuilder(session);
  const items: StoredEvent[] = [];
  if (after === null || after.date !== null) {
    const plan = await planOf(session, filter, limit + offset);
    const dated = await datedQuery(db, filter, order, after, plan).limit(limit).offset(offset).execute();
    items.push(...dated.map(toStoredEvent));
  }
  if (items.length === limit) return items;
  // Offset paging past the dated events: skip as many undated ones as the offset reaches beyond them.
  let undatedOffset = 0;
  if (after === null && items.length === 0 && offset > 0) undatedOffset = Math.max(0, offset - ((await countEvents(session, filter)) - (await countUndated(session, filter))));
  const undated = await undatedQuery(db, filter, after?.date === null ? after.eventId : null)
    .limit(limit - items.length)
    .offset(undatedOffset)
    .execute();
  items.push(...undated.map(toStoredEvent));
  return items;
}

/** Filters an index of their own can answer (type, governorate, place, box…), as opposed to dates, actor, outlet, words. */
function hasIndexedFilter(filter: EventFilter): boolean {
  return Boolean(filter.eventType || filter.subEventType || filter.grade || filter.governorate || filter.place || filter.bbox);
}

/**
 * Start from the matches or walk the date index (event-filter.ts FilterPlan), whichever reads fewer
 * rows. Walking reads about `rows × all / matches` rows to fill a page of `rows`, and never more than
 * the events of the date range when one is given. Starting from the matches reads the candidates of
 * the most selective indexed part of the filter, then sorts them: with 600 000 events, 3 000 in
 * Quneitra start from the governorate index; a box over a city (20 000 points) within one month
 * (13 000 events) walks that month. Every count is cached per store version.
 */
async function planOf(session: StoreSession, filter: EventFilter, rows: number): Promise<FilterPlan> {
  if (!hasIndexedFilter(filter)) return "date-order";
  const { dateFrom, dateTo, eventType, subEventType, grade, governorate, place, bbox } = filter;
  const count = (part: EventFilter) => countEvents(session, part);
  const [matches, all, range] = await Promise.all([count(filter), count({}), dateFrom || dateTo ? count({ dateFrom, dateTo }) : Number.POSITIVE_INFINITY]);
  const walk = Math.min(range, (rows * all) / Math.max(1, matches));
  const parts: EventFilter[] = [];
  if (eventType || subEventType) parts.push({ eventType, subEventType });
  if (grade) parts.push({ grade });
  if (governorate) parts.push({ governorate });
  if (place) parts.push({ place });
  if (bbox) parts.push({ bbox });
  const start = Math.min(...(await Promise.all(parts.map(count))));
  return start < walk ? "matches" : "date-order";
}

function datedQuery(db: Kysely<Database>, filter: EventFilter, order: EventOrder, after: Position | null, plan: FilterPlan) {
  const direction = order === "date-asc" ? "asc" : "desc";
  const dialect = dialectOf(db);
  // SQLite, starting from the matches: `+events.date` keeps the planner off the date index, which
  // it would otherwise walk for the ORDER BY.
  const date = plan === "matches" && dialect === "sqlite" ? sql<string>`+events.date` : sql<string>`events.date`;
  return db
    .selectFrom("events")
    .selectAll()
    .where(sql<SqlBool>`${date} IS NOT NULL`)
    .where((eb) => eventFilterCondition(eb, filter, dialect, plan))
    .$if(after !== null, (q) => q.where((eb) => datedAfter(eb, order, after!)))
    .orderBy(date, direction)
    .orderBy("events.event_id", "asc");
}

/**
 * After (2024-03-05, ev-b) newest first: days before the 5th, or the 5th with a later id. Written
 * as `date <= day AND (date < day OR id > ev-b)` so the first part is an index range.
 */
function datedAfter(eb: ExpressionBuilder<Database, "events">, order: EventOrder, after: Position): Expression<SqlBool> {
  const day = after.date!;
  const [within, before] = order === "date-asc" ? ([">=", ">"] as const) : (["<=", "<"] as const);
  return eb.and([eb("events.date", within, day), eb.or([eb("events.date", before, day), eb("events.event_id", ">", after.eventId)])]);
}

function undatedQuery(db: Kysely<Database>, filter: EventFilter, afterId: string | null) {
  return db
    .selectFrom("events")
    .selectAll()
    .where("events.date", "is", null)
    .where((eb) => eventFilterCondition(eb, filter, dialectOf(db)))
    .$if(afterId !== null, (q) => q.where("events.event_id", ">", afterId!))
    .orderBy("events.event_id", "asc");
}

/**
 * Every matching event, oldest first and undated last, in constant memory (exports): one index walk,
 * each page starting after the last event of the one before (no OFFSET re-reading earlier pages).
 */
export async function* iterateEvents(session: StoreSession, filter: EventFilter = {}, pageSize = 1000): AsyncGenerator<StoredEvent> {
  let after: Position | null = null;
  for (;;) {
    const items = await readEvents(session, filter, "date-asc", after, pageSize, 0);
    yield* items;
    const last = items.at(-1);
    if (items.length < pageSize || last === undefined) return;
    after = { order: "date-asc", date: last.date, eventId: last.event_id };
  }
}
