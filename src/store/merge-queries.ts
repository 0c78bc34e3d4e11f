import { queryBuilder, type StoreSession } from "./store-session.ts";
import type { Expression, ExpressionBuilder, Insertable, Selectable, SqlBool, Updateable } from "kysely";
import { addDays } from "../merge/date-window.ts";
import type { EventSpan } from "../model/event-span.ts";
import type { ReportArticle } from "../model/report-record.ts";
import { SUMMARY_COLUMNS, type SummaryReport } from "../merge/summarize-event.ts";
import type { Database, EventTable, ReportTable } from "./database-schema.ts";

/** Neighbouring villages: how far (in degrees, at Syrian latitudes ~25 km) the merge looks for the same event. */
const LAT_BOX = 0.23;
const LON_BOX = 0.28;
/** Reports compared per candidate event: the merge looks at a few of an event's reports, not all of them. */
export const REPORTS_PER_EVENT = 4;

export type StoredReport = Selectable<ReportTable>;

/** What the merge reads of an article: outlet, syndication, day, and the words of its title and lead. */
export interface MergeArticle extends ReportArticle {
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
}

/**
 * Merged reports that may tell the same event as `seed`: same event type, days within one of its
 * own (or undated), and a place tie (same name or gazetteer entry, a point within ~25 km, or the same
 * governorate when one of them names an area). At most REPORTS_PER_EVENT per event, the earliest
 * stored ones: each indexed query returns narrow rows, and only the kept ones are read in full, so a
 * seed costs the same whether its event has 4 reports or 4,000. Split-off reports are never candidates.
 */
export async function candidateReports(session: StoreSession, seed: StoredReport): Promise<StoredReport[]> {
  const db = queryBuilder(session);
  // Each way a place can match is its own indexed query; SQLite numbers the matches of each event
  // (window function) and hands back only the first few per event, so no event's size reaches JS.
  type Where = (eb: ExpressionBuilder<Database, "reports">) => Expression<SqlBool>;
  const ranked = (place: Where, day: Where) =>
    db
      .selectFrom((qb) =>
        qb
          .selectFrom("reports")
          .select((eb) => ["id", "event_id", "report_key", eb.fn.agg<number>("row_number").over((ob) => ob.partitionBy("event_id").orderBy("id")).as("rank")])
          .where("event_type", "=", seed.event_type)
          .where("event_id", "is not", null)
          .where("article_id", "!=", seed.article_id)
          .where(day)
          .where(place)
          .as("matches"),
      )
      .select(["matches.id", "matches.event_id", "matches.report_key"])
      .where("matches.rank", "<=", RANKED_PER_EVENT)
      .execute();
  const near = async (place: Where): Promise<CandidateRow[]> => {
    if (seed.date_lo === null || seed.date_hi === null) return ranked(place, (eb) => eb.lit(true));
    // "Undated, or days within one of the seed's" as one OR keeps the day out of every index: a
    // place like Saraqib with 3,000 stored reports was read whole for each new report. Two indexed
    // queries instead — the dated window (a range on date_hi, then date_lo) and the undated — and
    // each event keeps the first RANKED_PER_EVENT by id of the two together: exactly the rows the
    // single query ranked first. Undated means date_lo null; ingest writes date_lo and date_hi from
    // one window (merge/report-from-event.ts), so date_hi is null with it and the index finds them.
    const [lo, hi] = [addDays(seed.date_lo, -1), addDays(seed.date_hi, 1)];
    const dated = await ranked(place, (eb) => eb.and([eb("date_hi", ">=", lo), eb("date_lo", "<=", hi)]));
    const undated = await ranked(place, (eb) => eb.and([eb("date_hi", "is", null), eb("date_lo", "is", null)]));
    if (undated.length === 0) return dated;
    const perEvent = new Map<string, CandidateRow[]>();
    for (const row of [...dated, ...undated].sort((a, b) => a.id - b.id)) {
      const kept = perEvent.get(row.event_id!) ?? perEvent.set(row.event_id!, []).get(row.event_id!)!;
      if (kept.length < RANKED_PER_EVENT) kept.push(row);
    }
    return [...perEvent.values()].flat();
  };
  const rows: CandidateRow[] = [];
  if (seed.place_key !== "") rows.push(...(await near((eb) => eb("place_key", "=", seed.place_key))));
  if (seed.gazetteer_id !== null) {
    const gazetteerId = seed.gazetteer_id;
    rows.push(...(await near((eb) => eb("gazetteer_id", "=", gazetteerId))));
  }
  if (seed.lat !== null && seed.lon !== null) {
    const [lat, lon] = [seed.lat, seed.lon];
    rows.push(...(await near((eb) => eb.and([eb("lat", ">=", lat - LAT_BOX), eb("lat", "<=", lat + LAT_BOX), eb("lon", ">=", lon - LON_BOX), eb("lon", "<=", lon + LON_BOX)]))));
  }
  if (seed.admin1 !== null) {
    const admin1 = seed.admin1;
    rows.push(...(await near((eb) => (seed.geo_precision >= 2 ? eb("admin1", "=", admin1) : eb.and([eb("admin1", "=", admin1), eb("geo_precision", ">=", 2)])))));
  }
  const split = await allSplitKeys(session);
  const perEvent = new Map<string, number[]>();
  for (const row of [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.id - b.id)) {
    if (split.has(row.report_key)) continue;
    const ids = perEvent.get(row.event_id!) ?? [];
    if (ids.length < REPORTS_PER_EVENT) ids.push(row.id);
    perEvent.set(row.event_id!, ids);
  }
  const ids = [...perEvent.values()].flat();
  if (ids.length === 0) return [];
  return db.selectFrom("reports").selectAll().where("id", "in", ids).orderBy("id").execute();
}

type CandidateRow = { id: number; event_id: string | null; report_key: string };

/** Split-off reports are skipped after ranking: look a little further so an event still shows a few. */
const SPLIT_SLACK = 4;
const RANKED_PER_EVENT = REPORTS_PER_EVENT + SPLIT_SLACK;


/**
 * The days covered by an event's dated reports, or null when none is dated: its first day and its
 * last day are each the end of an index range (reports_event_anchor, reports_event_last_day), so an
 * event of 2,000 reports costs two index probes. (One query asking min and max together walked all
 * of the event's reports.)
 */
export async function eventSpan(session: StoreSession, eventId: string): Promise<EventSpan | null> {
  const db = queryBuilder(session);
  const first = await db.selectFrom("reports").select("date_lo").where("event_id", "=", eventId).where("date_lo", "is not", null).orderBy("date_lo").limit(1).executeTakeFirst();
  if (!first?.date_lo) return null;
  const last = await db
    .selectFrom("reports")
    .select("date_hi")
    .where("event_id", "=", eventId)
    .where("date_hi", "is not", null)
    .where("date_lo", "is not", null)
    .orderBy("date_hi", "desc")
    .limit(1)
    .executeTakeFirst();
  return last?.date_hi ? { lo: first.date_lo, hi: last.date_hi } : null;
}

/** Articles by id, as the merge reads them. */
export async function mergeArticles(session: StoreSession, ids: readonly string[]): Promise<Map<string, MergeArticle>> {
  const db = queryBuilder(session);
  const out = new Map<string, MergeArticle>();
  for (const chunk of chunks([...new Set(ids)], 500)) {
    const rows = await db.selectFrom("articles").select(["id", "outlet_id", "syndicated_of", "published", "title", "text"]).where("id", "in", chunk).execute();
    for (const row of rows) out.set(row.id, row);
  }
  return out;
}

/** Place keys of each article's reports. */
export async function articlePlaceKeys(session: StoreSession, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const db = queryBuilder(session);
  const out = new Map<string, Set<string>>();
  for (const chunk of chunks([...new Set(ids)], 500)) {
    const rows = await db.selectFrom("reports").select(["article_id", "place_key"]).where("article_id", "in", chunk).execute();
    for (const row of rows) (out.get(row.article_id) ?? out.set(row.article_id, new Set()).get(row.article_id)!).add(row.place_key);
  }
  return out;
}

export async function reportsByKeys(session: StoreSession, keys: readonly string[]): Promise<StoredReport[]> {
  const db = queryBuilder(session);
  const out: StoredReport[] = [];
  for (const chunk of chunks([...new Set(keys)], 500)) out.push(...(await db.selectFrom("reports").selectAll().where("report_key", "in", chunk).execute()));
  return out;
}

/** The narrow rows the event summary reads, of the reports of some events. */
export async function summaryReportsOfEvents(session: StoreSession, eventIds: readonly string[]): Promise<(SummaryReport & { id: number })[]> {
  const db = queryBuilder(session);
  const out: (SummaryReport & { id: number })[] = [];
  for (const chunk of chunks([...new Set(eventIds)], 500)) out.push(...(await db.selectFrom("reports").select(["id", ...SUMMARY_COLUMNS]).where("event_id", "in", chunk).orderBy("id").execute()));
  return out;
}

export async function reportsOfEvents(session: StoreSession, eventIds: readonly string[]): Promise<StoredReport[]> {
  const db = queryBuilder(session);
  const out: StoredReport[] = [];
  for (const chunk of chunks([...new Set(eventIds)], 500)) out.push(...(await db.selectFrom("reports").selectAll().where("event_id", "in", chunk).orderBy("id").execute()));
  return out;
}

/** The stored merge reasons of events, as JSON text per event id. */
export async function eventReasons(session: StoreSession, eventIds: readonly string[]): Promise<Map<string, string>> {
  const db = queryBuilder(session);
  const out = new Map<string, string>();
  for (const chunk of chunks([...new Set(eventIds)], 500)) {
    for (const row of await db.selectFrom("events").select(["event_id", "merge_reasons_json"]).where("event_id", "in", chunk).execute()) out.set(row.event_id, row.merge_reasons_json);
  }
  return out;
}

/** Every report key a user split off (hand decisions: a short list). */
export async function allSplitKeys(session: StoreSession): Promise<Set<string>> {
  const db = queryBuilder(session);
  const rows = await db.selectFrom("merge_overrides").select("report_key").where("kind", "=", "split").execute();
  return new Set(rows.map((r) => r.report_key));
}

/** Who published each article and what it copies: all the event summary needs. */
export async function reportArticles(session: StoreSession, ids: readonly string[]): Promise<Map<string, ReportArticle>> {
  const db = queryBuilder(session);
  const out = new Map<string, ReportArticle>();
  for (const chunk of chunks([...new Set(ids)], 500)) {
    for (const row of await db.selectFrom("articles").select(["id", "outlet_id", "syndicated_of"]).where("id", "in", chunk).execute()) out.set(row.id, row);
  }
  return out;
}

/** Report keys among `keys` that a user split off. */
export async function splitKeys(session: StoreSession, keys: readonly string[]): Promise<Set<string>> {
  const db = queryBuilder(session);
  const out = new Set<string>();
  for (const chunk of chunks([...new Set(keys)], 500)) {
    const rows = await db.selectFrom("merge_overrides").select("report_key").where("kind", "=", "split").where("report_key", "in", chunk).execute();
    for (const row of rows) out.add(row.report_key);
  }
  return out;
}

/** Hand joins whose reports are among `keys` (either side). */
export async function joinOverrides(session: StoreSession, keys: readonly string[]): Promise<{ report_key: string; other_key: string }[]> {
  const db = queryBuilder(session);
  const out: { report_key: string; other_key: string }[] = [];
  for (const chunk of chunks([...new Set(keys)], 250)) {
    const rows = await db
      .selectFrom("merge_overrides")
      .select(["report_key", "other_key"])
      .where("kind", "=", "join")
      .where((eb) => eb.or([eb("report_key", "in", chunk), eb("other_key", "in", chunk)]))
      .execute();
    for (const row of rows) if (row.other_key !== null) out.push({ report_key: row.report_key, other_key: row.other_key });
  }
  return out;
}

export async function addMergeOverride(session: StoreSession, kind: "split" | "join", reportKey: string, otherKey: string | null, now: string): Promise<void> {
  const db = queryBuilder(session);
  if (kind === "split") await db.deleteFrom("merge_overrides").where("kind", "=", "join").where((eb) => eb.or([eb("report_key", "=", reportKey), eb("other_key", "=", reportKey)])).execute();
  await db.insertInto("merge_overrides").values({ kind, report_key: reportKey, other_key: otherKey, created_at: now }).execute();
}

/** Forget a split (a hand join of that report overrides it). */
export async function removeSplit(session: StoreSession, reportKey: string): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("merge_overrides").where("kind", "=", "split").where("report_key", "=", reportKey).execute();
}

export function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Take reports out of their events (before they are merged again, or split off). */
export async function detachReports(session: StoreSession, ids: readonly number[]): Promise<void> {
  const db = queryBuilder(session);
  for (const chunk of chunks([...ids], 500)) await db.updateTable("reports").set({ event_id: null }).where("id", "in", chunk).execute();
}

/**
 * Write the merged event `event` in place of the events `replaced`: their rows go, its row is
 * written, and their reports and the reports `reportIds` (not in any event yet) point at it.
 */
export async function replaceEvents(session: StoreSession, replaced: readonly string[], event: Insertable<EventTable>, reportIds: readonly number[]): Promise<void> {
  const db = queryBuilder(session);
  if (replaced.length > 0) await db.deleteFrom("events").where("event_id", "in", [...replaced]).execute();
  await db.insertInto("events").values(event).execute();
  const renamed = replaced.filter((id) => id !== event.event_id);
  if (renamed.length > 0) await db.updateTable("reports").set({ event_id: event.event_id }).where("event_id", "in", renamed).execute();
  if (reportIds.length > 0) await db.updateTable("reports").set({ event_id: event.event_id }).where("id", "in", [...reportIds]).execute();
}

/** New figures and grade for a stored event (its reports unchanged). */
export async function updateEventSummary(session: StoreSession, eventId: string, summary: Updateable<EventTable>): Promise<void> {
  await queryBuilder(session).updateTable("events").set(summary).where("event_id", "=", eventId).execute();
}
