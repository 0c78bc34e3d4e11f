import type { ReportArticle } from "../model/report-record.ts";
import { ambiguousOutletKeys, eventAnchorReport, eventFirstPlaceReport, eventHasArticle, eventValueCounts, storedEvent, syndicatedInEvent } from "../store/event-summary-queries.ts";
import type { StoreSession } from "../store/store-session.ts";
import { anchorReport } from "./merged-event-id.ts";
import { type EventDigest, type FigureRange, known, type SummaryReport } from "./summarize-event.ts";

/**
 * The digest of the stored event `eventId` with the report `added` joined to it — the same as
 * summarize-event.ts `digestOf` over all its reports and `added` last, without reading them: the
 * stored event gives the date, the figures, the article count and the outlet groups; an index gives
 * the anchor and the most precise place; an index-only tally gives the majorities' counts. Null when
 * the shortcut cannot be sure (then the caller reads the event whole), e.g. the new article's text
 * is copied by an article of the event that names no outlet.
 *
 *   event of 1,999 reports, "killed 3–5", outlets ["a.example = b.example", "c.example"]
 *   + report of d.example (a copy of a.example's text), killed 7
 *   → "killed 3–7", outlets ["a.example = b.example = d.example", "c.example"]
 *
 * Only exact when the articles' syndication links among the event's articles did not change since
 * the event was written (ingest/store-article.ts passes that).
 */
export async function digestWithReport(db: StoreSession, eventId: string, added: SummaryReport, article: ReportArticle | undefined): Promise<EventDigest | null> {
  const event = await storedEvent(db, eventId);
  const oldAnchor = await eventAnchorReport(db, eventId);
  const firstPlace = await eventFirstPlaceReport(db, eventId);
  if (event === undefined || oldAnchor === undefined || firstPlace === undefined) return null;

  const subEventTypes = new Map<string, number>();
  const actor1 = new Map<string, number>();
  const actor2 = new Map<string, number>();
  const sources = new Map<string, number>();
  const count = (map: Map<string, number>, value: string, n: number) => map.set(value, (map.get(value) ?? 0) + n);
  let nReports = 0;
  for (const row of [...(await eventValueCounts(db, eventId)), { ...added, n: 1 }]) {
    nReports += row.n;
    if (known(row.sub_event_type)) count(subEventTypes, row.sub_event_type, row.n);
    if (known(row.actor1)) count(actor1, row.actor1, row.n);
    if (known(row.actor2)) count(actor2, row.actor2, row.n);
    if (row.source !== null) count(sources, row.source, row.n);
  }
  // The stored event must be the summary of the reports that point at it.
  if (nReports !== event.n_reports + 1) return null;

  const anchor = anchorReport([oldAnchor, added]);
  // digestOf sorts by precision, the anchor first among equals, else report order (the event's by id, then `added`).
  const bestPlace = Math.min(firstPlace.geo_precision, added.geo_precision);
  const place = anchor.geo_precision === bestPlace ? anchor : firstPlace.geo_precision === bestPlace ? firstPlace : added;

  let date = event.date;
  let datePrecision = event.date === null ? null : event.date_precision;
  if (added.date !== null) {
    const precision = added.date_precision ?? 3;
    if (date === null || datePrecision === null || precision < datePrecision) [date, datePrecision] = [added.date, precision];
    else if (precision === datePrecision && added.date < date) date = added.date;
  }

  let nArticles = event.n_articles;
  let outlets = JSON.parse(event.outlets_json) as string[];
  if (!(await eventHasArticle(db, eventId, added.article_id))) {
    nArticles += 1;
    const joined = await outletsWith(db, eventId, outlets, added.article_id, article);
    if (joined === null) return null;
    outlets = joined;
  }

  return {
    anchor,
    place,
    date,
    datePrecision,
    killed: widen(event.killed_min, event.killed_max, added.killed),
    injured: widen(event.injured_min, event.injured_max, added.injured),
    casualties: widen(event.casualties_min, event.casualties_max, added.casualties),
    subEventTypes,
    actor1,
    actor2,
    sources,
    nReports,
    nArticles,
    outlets,
  };
}

function widen(low: number | null, high: number | null, value: number | null): FigureRange | null {
  const range = low === null || high === null ? null : { low, high };
  if (value === null) return range;
  return range === null ? { low: value, high: value } : { low: Math.min(range.low, value), high: Math.max(range.high, value) };
}

/**
 * The independent outlets (summarize-event.ts `independentOutlets`) with an article new to the event:
 * its group joins the group of its outlet and the group of the articles of its syndicated text.
 */
async function outletsWith(db: StoreSession, eventId: string, outlets: readonly string[], articleId: string, article: ReportArticle | undefined): Promise<string[] | null> {
  const outlet = article?.outlet_id ?? null;
  if (outlet === "" || (await ambiguousOutletKeys(db))) return null;
  const groups = outlets.map((g) => new Set(g.split(" = ")));
  const joined = new Set<number>();
  if (outlet !== null) {
    const i = groups.findIndex((g) => g.has(outlet));
    if (i >= 0) joined.add(i);
  }
  const copies = await syndicatedInEvent(db, eventId, article?.syndicated_of ?? articleId);
  if (copies === "no outlet") return null;
  if (copies !== "none") {
    const i = groups.findIndex((g) => g.has(copies.outlet));
    if (i < 0) return null;
    joined.add(i);
  }
  const names = new Set([outlet ?? "unknown outlet", ...[...joined].flatMap((i) => [...groups[i]!])]);
  return [...groups.filter((_, i) => !joined.has(i)).map((g) => [...g].sort().join(" = ")), [...names].sort().join(" = ")].sort();
}
