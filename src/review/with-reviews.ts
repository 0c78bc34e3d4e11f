import type { StoreSession } from "../store/store-session.ts";
import { reviewsOf } from "../store/review/event-review-queries.ts";
import type { StoredEvent } from "../store/stored-event.ts";
import { applyReview, type ReviewFields } from "./apply-review.ts";

/** Events as people left them (corrections applied, status and reviewer added), in one query. */
export async function withReviews<T extends StoredEvent>(session: StoreSession, events: readonly T[]): Promise<(T & ReviewFields)[]> {
  const reviews = new Map((await reviewsOf(session, events.map((e) => e.event_id))).map((r) => [r.event_id, r]));
  return events.map((e) => applyReview(e, reviews.get(e.event_id)));
}
