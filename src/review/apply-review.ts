import type { StoredEvent } from "../store/stored-event.ts";
import type { EventReviewRow } from "../store/review/event-review-queries.ts";
import type { FieldValues } from "./correctable-fields.ts";
import type { ReviewStatus } from "./fold-decisions.ts";

/** What a person checked, carried by every event the API and the exports give out. */
export interface ReviewFields {
  readonly status: ReviewStatus;
  readonly reviewer: string | null;
  readonly reviewed_at: string | null;
  /** The corrected fields (their values are already in the event). */
  readonly corrected_fields: readonly string[];
  /** Fields whose machine reading changed since the person decided (reprocess, a new extractor). */
  readonly machine_disagrees: readonly string[];
}

export const MACHINE_REVIEW: ReviewFields = { status: "machine", reviewer: null, reviewed_at: null, corrected_fields: [], machine_disagrees: [] };

/**
 * The event as people left it: their corrections replace the machine's values (an injured
 * correction sets the range's both ends), and the review's status rides along.
 */
export function applyReview<T extends StoredEvent>(event: T, review: EventReviewRow | undefined): T & ReviewFields {
  if (review === undefined) return { ...event, ...MACHINE_REVIEW };
  const overrides = JSON.parse(review.overrides_json) as FieldValues;
  const { injured, ...direct } = overrides;
  const corrected: Record<string, unknown> = { ...direct };
  if (injured !== undefined) Object.assign(corrected, { injured_min: injured, injured_max: injured });
  if (direct.fatalities !== undefined) Object.assign(corrected, { killed_min: direct.fatalities, killed_max: direct.fatalities });
  return {
    ...event,
    ...corrected,
    status: review.status,
    reviewer: review.reviewer,
    reviewed_at: review.reviewed_at,
    corrected_fields: Object.keys(overrides),
    machine_disagrees: JSON.parse(review.disagrees_json) as string[],
  };
}
