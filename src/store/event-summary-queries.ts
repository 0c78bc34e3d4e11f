import { queryBuilder, type StoreSession } from "./store-session.ts";
import { type Selectable, sql } from "kysely";
import { SUMMARY_COLUMNS, type SummaryReport } from "../merge/summarize-event.ts";
import type { EventTable } from "./database-schema.ts";

/**
 * What one report joining an event reads of it (merge/digest-with-report.ts): each is one indexed
 * lookup or an index-only tally (migration 0010), none reads the event's reports as rows.
 */

export async function storedEvent(session: StoreSession, eventId: string): Promise<Selectable<EventTable> | undefined> {
  return queryBuilder(session).selectFrom("events").selectAll().where("event_id", "=", eventId).executeTakeFirst();
}

/** The event's anchor report (merged-event-id.ts): the earliest dated one (then by key), else the first key. */
export async function eventAnchorReport(session: StoreSession, eventId: string): Promise<(SummaryReport & { id: number }) | undefined> {
  const db = queryBuilder(session);
  const base = () => db.selectFrom("reports").select(["id", ...SUMMARY_COLUMNS]).where("event_id", "=", eventId);
  const dated = await base().where("date_lo", "is not", null).orderBy("date_lo").orderBy("report_key").limit(1).executeTakeFirst();
  return dated ?? (await base().orderBy("report_key").limit(1).executeTakeFirst());
}

/** The event's first report (by id) of its most precise place. */
export async function eventFirstPlaceReport(session: StoreSession, eventId: string): Promise<(SummaryReport & { id: number }) | undefined> {
  return queryBuilder(session).selectFrom("reports").select(["id", ...SUMMARY_COLUMNS]).where("event_id", "=", eventId).orderBy("geo_precision").orderBy("id").limit(1).executeTakeFirst();
}

export interface ValueCount {
  readonly sub_event_type: string;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly source: string | null;
  readonly n: number;
}

/** How many of the event's reports give each combination of the counted fields (few distinct ones). */
export async function eventValueCounts(session: StoreSession, eventId: string): Promise<ValueCount[]> {
  const rows = await queryBuilder(session)
    .selectFrom("reports")
    .select((eb) => ["sub_event_type", "actor1", "actor2", "source", eb.fn.countAll().as("n")])
    .where("event_id", "=", eventId)
    .groupBy(["sub_event_type", "actor1", "actor2", "source"])
    .execute();
  // PostgreSQL counts are bigint, handed back as text.
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * Whether the event holds a report of the article. Read from the article's side (reports_article: an
 * article gives a few reports) and compared here: asked for both columns at once, SQLite took an
 * event_id index and walked the event's reports, all 499 of them when the 500th copy of a story joined.
 */
export async function eventHasArticle(session: StoreSession, eventId: string, articleId: string): Promise<boolean> {
  const rows = await queryBuilder(session).selectFrom("reports").select("event_id").where("article_id", "=", articleId).execute();
  return rows.some((row) => row.event_id === eventId);
}

/**
 * Whether the event holds an article of the syndicated text `root` (the root or a copy of it), and
 * the outlet of one such article that names one: "none", { outlet } or "no outlet" (every one unnamed).
 */
export async function syndicatedInEvent(session: StoreSession, eventId: string, root: string): Promise<"none" | "no outlet" | { readonly outlet: string }> {
  const db = queryBuilder(session);
  // The root first, from its own reports: when an event holds copies of a text it usually holds the
  // root too, found in one probe, where the join below walked the event's reports (the 500th copy of
  // a story read 499). Any article of the text names the same outlet group of the event (its copies'
  // outlets are one group there), so which one answers does not matter.
  const rootRow = await db.selectFrom("articles").select(["outlet_id", "syndicated_of"]).where("id", "=", root).executeTakeFirst();
  if (rootRow !== undefined && rootRow.syndicated_of === null && rootRow.outlet_id !== null && rootRow.outlet_id !== "" && (await eventHasArticle(session, eventId, root))) {
    return { outlet: rootRow.outlet_id };
  }
  const base = () =>
    db
      .selectFrom("articles")
      .innerJoin("reports", "reports.article_id", "articles.id")
      .select("articles.outlet_id")
      .where("reports.event_id", "=", eventId)
      // Its key in summarize-event.ts independentOutlets: syndicated_of, or its own id when null.
      .where((eb) => eb.or([eb.and([eb("articles.id", "=", root), eb("articles.syndicated_of", "is", null)]), eb("articles.syndicated_of", "=", root)]))
      .limit(1);
  const named = await base().where("articles.outlet_id", "is not", null).where("articles.outlet_id", "!=", "").executeTakeFirst();
  if (named?.outlet_id) return { outlet: named.outlet_id };
  return (await base().executeTakeFirst()) === undefined ? "none" : "no outlet";
}

/**
 * Whether some outlet's key could be misread in an event's outlet groups ("a = b" is two outlets
 * joined, or one outlet named so), or is the name given to articles without one. The condition is
 * written as literals, word for word the partial index outlets_ambiguous's (0011): a database uses a
 * partial index only for a query it can see implies the index's condition, so this reads that
 * index (usually empty) and not every outlet, on each report that joins an event.
 */
export async function ambiguousOutletKeys(session: StoreSession): Promise<boolean> {
  const row = await queryBuilder(session)
    .selectFrom("outlets")
    .select("id")
    .where(sql<boolean>`id LIKE '% = %' OR id = 'unknown outlet' OR id = ''`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
