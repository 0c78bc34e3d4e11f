import { type EventGrade, gradeOfCounts, sortedCounts } from "./grade-event.ts";
import { anchorReport, mergedEventId } from "./merged-event-id.ts";
import type { EventCoding, ReportArticle, ReportRecord } from "../model/report-record.ts";

/** The fields of a report the event summary reads (not its evidence or provenance: kept narrow, read often). */
export type SummaryReport = Omit<ReportRecord, "local_event_id" | "ordinal" | "evidence_start" | "evidence_end" | "evidence_text" | "note" | "provenance_json">;

/** Columns of `reports` that make a SummaryReport. */
export const SUMMARY_COLUMNS = [
  "report_key", "article_id", "event_type", "sub_event_type", "actor1", "actor2", "place_name", "place_key", "country", "admin1", "admin2", "admin3", "pcode",
  "gazetteer_id", "lat", "lon", "geo_precision", "date", "date_precision", "date_lo", "date_hi", "killed", "injured", "casualties", "source",
] as const satisfies readonly (keyof SummaryReport)[];

/** A merged event's coded fields and figures, computed from its reports (table `events` minus updated_at). */
export interface MergedEvent extends EventCoding {
  readonly event_id: string;
  readonly fatalities: number | null;
  readonly killed_min: number | null;
  readonly killed_max: number | null;
  readonly injured_min: number | null;
  readonly injured_max: number | null;
  readonly casualties_min: number | null;
  readonly casualties_max: number | null;
  readonly n_reports: number;
  readonly n_articles: number;
  readonly n_outlets: number;
  readonly outlets_json: string;
  readonly sources_json: string;
  readonly grade: EventGrade;
  readonly grade_reason: string;
}

/** The lowest and highest of a figure over an event's reports (null when no report gives it). */
export interface FigureRange {
  readonly low: number;
  readonly high: number;
}

/**
 * What an event's summary is made of, in a form that one more report updates without the others
 * (merge/add-report-to-digest.ts): the anchor and place reports, the best date, figure ranges, value
 * counts for the majorities, the grade and the sources, and the independent outlets.
 */
export interface EventDigest {
  readonly anchor: SummaryReport;
  /** The most precise place reported (ties: the anchor, else the first in report order). */
  readonly place: SummaryReport;
  /** The earliest of the most precise dates, and that precision (both null when no report is dated). */
  readonly date: string | null;
  readonly datePrecision: number | null;
  readonly killed: FigureRange | null;
  readonly injured: FigureRange | null;
  readonly casualties: FigureRange | null;
  /** Counts of the known values (not null, not "UNKNOWN") of the majority fields. */
  readonly subEventTypes: ReadonlyMap<string, number>;
  readonly actor1: ReadonlyMap<string, number>;
  readonly actor2: ReadonlyMap<string, number>;
  /** Counts of every non-null source. */
  readonly sources: ReadonlyMap<string, number>;
  readonly nReports: number;
  readonly nArticles: number;
  readonly outlets: readonly string[];
}

/**
 * Merge the reports of one event. Coded fields take the value most reports give (ties: the anchor
 * report's); the place is the most precise one reported; the date the earliest most precise one;
 * fatalities follow ACLED's conservative rule (the lowest count) and the range is kept.
 */
export function summarizeEvent(reports: readonly SummaryReport[], articles: ReadonlyMap<string, ReportArticle>): MergedEvent {
  return summarizeDigest(digestOf(reports, articles));
}

/** The digest of an event's reports, read all at once (the reference an added report must match). */
export function digestOf(reports: readonly SummaryReport[], articles: ReadonlyMap<string, ReportArticle>): EventDigest {
  const anchor = anchorReport(reports);
  const place = [...reports].sort((a, b) => a.geo_precision - b.geo_precision || (a === anchor ? -1 : b === anchor ? 1 : 0))[0]!;
  const dated = reports.filter((r) => r.date !== null);
  const bestDatePrecision = Math.min(...dated.map((r) => r.date_precision ?? 3));
  const date = dated.filter((r) => (r.date_precision ?? 3) === bestDatePrecision).map((r) => r.date!).sort()[0] ?? null;
  return {
    anchor,
    place,
    date,
    datePrecision: date === null ? null : bestDatePrecision,
    killed: range(numbers(reports, "killed")),
    injured: range(numbers(reports, "injured")),
    casualties: range(numbers(reports, "casualties")),
    subEventTypes: counts(reports.map((r) => r.sub_event_type).filter(known)),
    actor1: counts(reports.map((r) => r.actor1).filter(known)),
    actor2: counts(reports.map((r) => r.actor2).filter(known)),
    sources: counts(reports.map((r) => r.source).filter((s): s is string => s !== null)),
    nReports: reports.length,
    nArticles: new Set(reports.map((r) => r.article_id)).size,
    outlets: independentOutlets(reports, articles),
  };
}

/** A value the majorities count: given, and not "UNKNOWN". */
export function known(value: string | null): value is string {
  return value !== null && value !== "UNKNOWN";
}

/** The stored event of a digest. */
export function summarizeDigest(digest: EventDigest): MergedEvent {
  const { anchor, place, outlets } = digest;
  const grade = gradeOfCounts({ outlets, perpetrators: sortedCounts(digest.actor1), killed: digest.killed, injured: digest.injured });
  return {
    event_id: mergedEventId([anchor]),
    event_type: anchor.event_type,
    sub_event_type: majority(digest.subEventTypes, anchor.sub_event_type) ?? anchor.sub_event_type,
    actor1: majority(digest.actor1, anchor.actor1),
    actor2: majority(digest.actor2, anchor.actor2),
    place_name: place.place_name,
    place_key: place.place_key,
    country: place.country,
    admin1: place.admin1,
    admin2: place.admin2,
    admin3: place.admin3,
    pcode: place.pcode,
    gazetteer_id: place.gazetteer_id,
    lat: place.lat,
    lon: place.lon,
    geo_precision: place.geo_precision,
    date: digest.date,
    date_precision: digest.datePrecision,
    fatalities: digest.killed?.low ?? null,
    killed_min: digest.killed?.low ?? null,
    killed_max: digest.killed?.high ?? null,
    injured_min: digest.injured?.low ?? null,
    injured_max: digest.injured?.high ?? null,
    casualties_min: digest.casualties?.low ?? null,
    casualties_max: digest.casualties?.high ?? null,
    n_reports: digest.nReports,
    n_articles: digest.nArticles,
    n_outlets: outlets.length,
    outlets_json: JSON.stringify(outlets),
    sources_json: JSON.stringify(sortedCounts(digest.sources).map(([s]) => s)),
    grade: grade.grade,
    grade_reason: grade.reason,
  };
}

/**
 * Outlets that reported the event independently. Articles are joined when they share an outlet or
 * are syndicated copies of one text; each joined group counts once, named by its outlets.
 */
export function independentOutlets(reports: readonly SummaryReport[], articles: ReadonlyMap<string, ReportArticle>): string[] {
  const ids = [...new Set(reports.map((r) => r.article_id))].sort();
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  const byKey = new Map<string, string>();
  for (const id of ids) {
    const article = articles.get(id);
    const keys = [article?.outlet_id ? `outlet:${article.outlet_id}` : null, `syn:${article?.syndicated_of ?? id}`];
    for (const key of keys) {
      if (key === null) continue;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, id);
      else union(seen, id);
    }
  }
  const groups = new Map<string, Set<string>>();
  for (const id of ids) {
    const root = find(id);
    const names = groups.get(root) ?? new Set<string>();
    names.add(articles.get(id)?.outlet_id ?? "unknown outlet");
    groups.set(root, names);
  }
  return [...groups.values()].map((names) => [...names].sort().join(" = ")).sort();
}

function numbers(reports: readonly SummaryReport[], field: "killed" | "injured" | "casualties"): number[] {
  return reports.map((r) => r[field]).filter((n): n is number => n !== null);
}

function range(xs: readonly number[]): FigureRange | null {
  return xs.length === 0 ? null : { low: Math.min(...xs), high: Math.max(...xs) };
}

function counts(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

/** The most frequent known value; the fallback on ties between it and others, or when none is known. */
function majority(valueCounts: ReadonlyMap<string, number>, fallback: string | null): string | null {
  const sorted = sortedCounts(valueCounts);
  if (sorted.length === 0) return fallback;
  const top = sorted[0]!;
  const tied = sorted.filter(([, n]) => n === top[1]).map(([k]) => k);
  return fallback !== null && tied.includes(fallback) ? fallback : top[0];
}
