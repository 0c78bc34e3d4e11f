import type { Selectable } from "kysely";
import type { EventReviewTable } from "../database-schema.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

export type EventReviewRow = Selectable<EventReviewTable>;

export async function saveEventReview(session: StoreSession, review: EventReviewRow): Promise<void> {
  const db = queryBuilder(session);
  const { anchor_key: _key, ...rest } = review;
  await db.insertInto("event_reviews").values(review).onConflict((oc) => oc.column("anchor_key").doUpdateSet(rest)).execute();
}

/**
 * Reviews of these events, or of these anchors. An event is found through its review's anchor report,
 * so the answer holds after any re-merge gave the event another id (ingest, reprocess, hand merge):
 * `event_id` is the event that holds the anchor now.
 */
export async function reviewsOf(session: StoreSession, eventIds: readonly string[], anchorKeys: readonly string[] = []): Promise<EventReviewRow[]> {
  const db = queryBuilder(session);
  if (eventIds.length === 0 && anchorKeys.length === 0) return [];
  const rows = await db
    .selectFrom("event_reviews")
    .innerJoin("reports", "reports.report_key", "event_reviews.anchor_key")
    .selectAll("event_reviews")
    .select("reports.event_id as holder")
    .where((eb) =>
      eb.or([...(eventIds.length ? [eb("reports.event_id", "in", [...eventIds])] : []), ...(anchorKeys.length ? [eb("event_reviews.anchor_key", "in", [...anchorKeys])] : [])]),
    )
    .execute();
  return rows.map(({ holder, ...row }) => ({ ...row, event_id: holder ?? row.event_id }));
}

export async function allEventReviews(session: StoreSession): Promise<EventReviewRow[]> {
  const db = queryBuilder(session);
  return db.selectFrom("event_reviews").selectAll().orderBy("anchor_key").execute();
}

/** Event ids whose review has one of these statuses (exports' --reviewed-only). */
export async function eventIdsWithStatus(session: StoreSession, statuses: readonly EventReviewRow["status"][]): Promise<string[]> {
  const db = queryBuilder(session);
  if (statuses.length === 0) return [];
  const rows = await db
    .selectFrom("event_reviews")
    .innerJoin("reports", "reports.report_key", "event_reviews.anchor_key")
    .select("reports.event_id")
    .where("event_reviews.status", "in", [...statuses])
    .execute();
  return rows.flatMap((r) => (r.event_id === null ? [] : [r.event_id]));
}

/** Store the fields whose machine reading changed since the review (reprocess, a new extractor). */
export async function setReviewDisagreement(session: StoreSession, anchorKey: string, eventId: string, fields: readonly string[]): Promise<void> {
  const db = queryBuilder(session);
  await db.updateTable("event_reviews").set({ disagrees_json: JSON.stringify(fields), event_id: eventId }).where("anchor_key", "=", anchorKey).execute();
}

/** Drop a review row that moved to another anchor (the review table is derived from decisions). */
export async function deleteEventReview(session: StoreSession, anchorKey: string): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("event_reviews").where("anchor_key", "=", anchorKey).execute();
}
