import type { StoreSession } from "../store/store-session.ts";
import { getEvent } from "../store/get-event.ts";
import { allEventReviews, reviewsOf, setReviewDisagreement } from "../store/review/event-review-queries.ts";
import { CORRECTABLE_FIELD_NAMES, type FieldValues, machineReading } from "./correctable-fields.ts";

/** How many reviewed events there are and how many of them the machine now reads otherwise. */
export interface DisagreementSummary {
  readonly reviews: number;
  readonly disagreeing: number;
}

/**
 * After a reprocess or a new extractor: compare each reviewed event's machine reading with the one
 * the person saw when deciding. Nothing a person decided is changed; the fields that now differ are
 * listed on the review (`machine_disagrees` in the API and exports), so someone looks again. A review
 * whose anchor report the extractor no longer produces disagrees on "event".
 *
 *   accepted with fatalities 2, the new extractor reads 3        → machine_disagrees ["fatalities"]
 *   corrected a place to the map point, the gazetteer now has it → agrees, nothing flagged
 */
export async function flagDisagreements(session: StoreSession): Promise<DisagreementSummary> {
  const reviews = await allEventReviews(session);
  let disagreeing = 0;
  for (const review of reviews) {
    const held = (await reviewsOf(session, [], [review.anchor_key]))[0];
    const event = held ? await getEvent(session, held.event_id) : null;
    const saw = JSON.parse(review.machine_json) as FieldValues;
    const now = event ? machineReading(event as unknown as Record<string, unknown>) : null;
    const decided = JSON.parse(review.overrides_json) as FieldValues;
    // A reading that changed to what the person decided (their place now in the gazetteer) agrees.
    const fields = now === null ? ["event"] : CORRECTABLE_FIELD_NAMES.filter((f) => (saw[f] ?? null) !== (now[f] ?? null) && (f in decided ? decided[f] !== (now[f] ?? null) : true));
    if (fields.length > 0) disagreeing++;
    await setReviewDisagreement(session, review.anchor_key, event?.event_id ?? review.event_id, fields);
  }
  return { reviews: reviews.length, disagreeing };
}
