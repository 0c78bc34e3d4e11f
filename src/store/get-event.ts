import { queryBuilder, type StoreSession } from "./store-session.ts";
import type { MergeReason } from "../model/merge-reason.ts";
import { type Claim, type EventDetail, toClaim, toStoredEvent } from "./stored-event.ts";

/** One merged event with every report (claim) of it, ordered by publication day then article id. */
export async function getEvent(session: StoreSession, eventId: string): Promise<EventDetail | null> {
  const db = queryBuilder(session);
  const row = await db.selectFrom("events").selectAll().where("event_id", "=", eventId).executeTakeFirst();
  if (row === undefined) return null;
  return { ...toStoredEvent(row), claims: await claimsOf(session, [eventId]), merge_reasons: JSON.parse(row.merge_reasons_json) as MergeReason[] };
}

/** Claims of several events at once (export, API lists). */
export async function claimsOf(session: StoreSession, eventIds: readonly string[]): Promise<Claim[]> {
  const db = queryBuilder(session);
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectFrom("reports")
    .innerJoin("articles", "articles.id", "reports.article_id")
    .selectAll("reports")
    .select(["articles.outlet_id", "articles.title as article_title", "articles.url as article_url", "articles.published", "articles.syndicated_of"])
    .where("reports.event_id", "in", [...eventIds])
    .orderBy("articles.published", (ob) => ob.asc().nullsFirst())
    .orderBy("reports.article_id")
    .orderBy("reports.ordinal")
    .execute();
  return rows.map(toClaim);
}
