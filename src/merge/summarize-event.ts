import { type EventGrade, gradeEvent, gradeInputOf, tally } from "./grade-event.ts";
import { anchorReport, mergedEventId } from "./merged-event-id.ts";
import type { EventCoding, ReportArticle, ReportRecord } from "../model/report-record.ts";

/** The fields of a report the event summary reads (not its evidence or provenance: kept narrow, read often). */
export type SummaryReport = Omit<ReportRecord, "local_event_id" | "ordinal" | "evidence_start" | "evidence_end" | "evidence_text" | "note" | "provenance_json">;

/** Columns of `reports` that make a SummaryReport. */
export const SUMMARY_COLUMNS = [
  "report_key", "article_id", "event_type", "sub_event_type", "actor1", "actor2", "place_name", "place_key", "admin1", "admin2", "admin3", "pcode",
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

/**
 * Merge the reports of one event. Coded fields take the value most reports give (ties: the anchor
 * report's); the place is the most precise one reported; the date the earliest most precise one;
 * fatalities follow ACLED's conservative rule (the lowest count) and the range is kept.
 */
export function summarizeEvent(reports: readonly SummaryReport[], articles: ReadonlyMap<string, ReportArticle>): MergedEvent {
  const anchor = anchorReport(reports);
  const place = [...reports].sort((a, b) => a.geo_precision - b.geo_precision || (a === anchor ? -1 : b === anchor ? 1 : 0))[0]!;
  const dated = reports.filter((r) => r.date !== null);
  const bestDatePrecision = Math.min(...dated.map((r) => r.date_precision ?? 3));
  const date = dated.filter((r) => (r.date_precision ?? 3) === bestDatePrecision).map((r) => r.date!).sort()[0] ?? null;
  const outlets = independentOutlets(reports, articles);
  const grade = gradeEvent(gradeInputOf(reports, outlets));
  const killed = numbers(reports, "killed");
  const injured = numbers(reports, "injured");
  const casualties = numbers(reports, "casualties");
  return {
    event_id: mergedEventId(reports),
    event_type: anchor.event_type,
    sub_event_type: majority(reports.map((r) => r.sub_event_type), anchor.sub_event_type) ?? anchor.sub_event_type,
    actor1: majority(reports.map((r) => r.actor1), anchor.actor1),
    actor2: majority(reports.map((r) => r.actor2), anchor.actor2),
    place_name: place.place_name,
    place_key: place.place_key,
    admin1: place.admin1,
    admin2: place.admin2,
    admin3: place.admin3,
    pcode: place.pcode,
    gazetteer_id: place.gazetteer_id,
    lat: place.lat,
    lon: place.lon,
    geo_precision: place.geo_precision,
    date,
    date_precision: date === null ? null : bestDatePrecision,
    fatalities: min(killed),
    killed_min: min(killed),
    killed_max: max(killed),
    injured_min: min(injured),
    injured_max: max(injured),
    casualties_min: min(casualties),
    casualties_max: max(casualties),
    n_reports: reports.length,
    n_articles: new Set(reports.map((r) => r.article_id)).size,
    n_outlets: outlets.length,
    outlets_json: JSON.stringify(outlets),
    sources_json: JSON.stringify(tally(reports.map((r) => r.source).filter((s): s is string => s !== null)).map(([s]) => s)),
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

function min(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : Math.min(...xs);
}

function max(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : Math.max(...xs);
}

/** The most frequent known value; the fallback on ties between it and others, or when none is known. */
function majority(values: readonly (string | null)[], fallback: string | null): string | null {
  const counts = tally(values.filter((v): v is string => v !== null && v !== "UNKNOWN"));
  if (counts.length === 0) return fallback;
  const top = counts[0]!;
  const tied = counts.filter(([, n]) => n === top[1]).map(([k]) => k);
  return fallback !== null && tied.includes(fallback) ? fallback : top[0];
}
