import type { Kysely, Selectable } from "kysely";
import type { Database, EventReviewTable } from "../database-schema.ts";

export type EventReviewRow = Selectable<EventReviewTable>;

export async function saveEventReview(db: Kysely<Database>, review: EventReviewRow): Promise<void> {
  const { anchor_key: _key, ...rest } = review;
  await db.insertInto("event_reviews").values(review).onConflict((oc) => oc.column("anchor_key").doUpdateSet(rest)).execute();
}

/** Reviews of these events (by their current id), or of these anchors. */
export async function reviewsOf(db: Kysely<Database>, eventIds: readonly string[], anchorKeys: readonly string[] = []): Promise<EventReviewRow[]> {
  if (eventIds.length === 0 && anchorKeys.length === 0) return [];
  return db
    .selectFrom("event_reviews")
    .selectAll()
    .where((eb) => eb.or([...(eventIds.length ? [eb("event_id", "in", [...eventIds])] : []), ...(anchorKeys.length ? [eb("anchor_key", "in", [...anchorKeys])] : [])]))
    .execute();
}

export async function allEventReviews(db: Kysely<Database>): Promise<EventReviewRow[]> {
  return db.selectFrom("event_reviews").selectAll().orderBy("anchor_key").execute();
}

/** Event ids whose review has one of these statuses (exports' --reviewed-only). */
export async function eventIdsWithStatus(db: Kysely<Database>, statuses: readonly EventReviewRow["status"][]): Promise<string[]> {
  if (statuses.length === 0) return [];
  return (await db.selectFrom("event_reviews").select("event_id").where("status", "in", [...statuses]).execute()).map((r) => r.event_id);
}

/** Drop a review row that moved to another anchor (the review table is derived from decisions). */
export async function deleteEventReview(db: Kysely<Database>, anchorKey: string): Promise<void> {
  await db.deleteFrom("event_reviews").where("anchor_key", "=", anchorKey).execute();
}
