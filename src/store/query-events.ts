import { dialectOf } from "./store-dialect.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";
import { type EventFilter, eventFilterCondition } from "./event-filter.ts";
import { type StoredEvent, toStoredEvent } from "./stored-event.ts";

export interface PageRequest {
  /** At most this many events (default 100, capped at 10 000). */
  readonly limit?: number;
  readonly offset?: number;
  /** Newest first (default) or oldest first; undated events come last either way. */
  readonly order?: "date-desc" | "date-asc";
}

export interface EventPage {
  /** Events matching the filter, all pages together. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly StoredEvent[];
}

export const MAX_PAGE = 10_000;

/** Merged events matching a filter, one page of them, with the total for pagination. */
export async function queryEvents(session: StoreSession, filter: EventFilter = {}, page: PageRequest = {}): Promise<EventPage> {
  const db = queryBuilder(session);
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(page.limit ?? 100)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const total = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where((eb) => eventFilterCondition(eb, filter, dialectOf(db)))
    .executeTakeFirstOrThrow();
  const direction = page.order === "date-asc" ? "asc" : "desc";
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where((eb) => eventFilterCondition(eb, filter, dialectOf(db)))
    .orderBy((eb) => eb.case().when("events.date", "is", null).then(1).else(0).end())
    .orderBy("events.date", direction)
    .orderBy("events.event_id")
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total.n), limit, offset, items: rows.map(toStoredEvent) };
}

/** Every matching event, page by page, in constant memory (for exports). */
export async function* iterateEvents(session: StoreSession, filter: EventFilter = {}, pageSize = 1000): AsyncGenerator<StoredEvent> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await queryEvents(session, filter, { limit: pageSize, offset, order: "date-asc" });
    yield* page.items;
    if (page.items.length < pageSize) return;
  }
}
