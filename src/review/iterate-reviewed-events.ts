import type { StoreSession } from "../store/store-session.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { iterateEvents } from "../store/query-events.ts";
import type { StoredEvent } from "../store/stored-event.ts";
import type { ReviewFields } from "./apply-review.ts";
import type { ReviewStatus } from "./fold-decisions.ts";
import { withReviews } from "./with-reviews.ts";

/** What a person vouched for: accepted as read, or corrected (rejected events are not). */
export const REVIEWED_STATUSES: readonly ReviewStatus[] = ["reviewed", "corrected"];

/**
 * Every matching event as people left it (corrections applied, status and reviewer), in batches,
 * in constant memory. `statuses` keeps only events with one of them (`--reviewed-only`).
 */
export async function* iterateReviewedEvents(session: StoreSession, filter: EventFilter = {}, statuses: readonly ReviewStatus[] | null = null): AsyncGenerator<StoredEvent & ReviewFields> {
  let batch: StoredEvent[] = [];
  const flush = async function* () {
    for (const e of await withReviews(session, batch)) if (statuses === null || statuses.includes(e.status)) yield e;
    batch = [];
  };
  for await (const event of iterateEvents(session, filter)) {
    batch.push(event);
    if (batch.length >= 500) yield* flush();
  }
  yield* flush();
}
