import type { Kysely } from "kysely";
import type { Database } from "../store/database-schema.ts";
import { reviewsOf } from "../store/review/event-review-queries.ts";
import type { StoredEvent } from "../store/stored-event.ts";
import { applyReview, type ReviewFields } from "./apply-review.ts";

/** Events as people left them (corrections applied, status and reviewer added), in one query. */
export async function withReviews<T extends StoredEvent>(db: Kysely<Database>, events: readonly T[]): Promise<(T & ReviewFields)[]> {
  const reviews = new Map((await reviewsOf(db, events.map((e) => e.event_id))).map((r) => [r.event_id, r]));
  return events.map((e) => applyReview(e, reviews.get(e.event_id)));
}
