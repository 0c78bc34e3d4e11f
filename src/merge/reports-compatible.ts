import { distanceKm } from "../places/distance-km.ts";
import { addDays } from "./date-window.ts";
import type { ReportRecord } from "./report-record.ts";

/** Points closer than this are one place (two spellings, two gazetteer entries for one village). */
export const SAME_PLACE_KM = 5;

/**
 * Can two reports describe one real-world event? Same ACLED event type, same place (same gazetteer
 * entry, the same name outside the gazetteer, or points ≤ 5 km apart), dates at most one day apart
 * (undated reports are left to the clustering, see cluster-reports.ts), compatible actors. Two
 * reports of one article are never merged: the extractor already split them.
 */
export function reportsCompatible(a: ReportRecord, b: ReportRecord): boolean {
  return (
    a.article_id !== b.article_id &&
    a.event_type === b.event_type &&
    samePlace(a, b) &&
    (isDated(a) && isDated(b) ? datesClose(a, b) : preciseEnoughUndated(a, b)) &&
    actorsCompatible(a, b)
  );
}

/**
 * Without dates on both sides, only a precise place can tie two reports together: "clashes in
 * the Idlib countryside" recur every week, clashes in one village on an unknown day less so. Points
 * qualify, and so do named features (a hill, a camp) that share a gazetteer entry, but not regions.
 */
function preciseEnoughUndated(a: ReportRecord, b: ReportRecord): boolean {
  if (a.geo_precision === 1 && b.geo_precision === 1) return true;
  return a.geo_precision <= 2 && b.geo_precision <= 2 && a.gazetteer_id !== null && a.gazetteer_id === b.gazetteer_id && !a.gazetteer_id.startsWith("adm");
}

export function isDated(r: ReportRecord): boolean {
  return r.date_lo !== null && r.date_hi !== null;
}

export function samePlace(a: ReportRecord, b: ReportRecord): boolean {
  if (a.gazetteer_id !== null && a.gazetteer_id === b.gazetteer_id) return true;
  if (a.geo_precision === 1 && b.geo_precision === 1 && a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    return distanceKm(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM;
  }
  if (a.gazetteer_id !== null && b.gazetteer_id !== null) return false;
  return a.place_key !== "" && a.place_key === b.place_key;
}

/** The two date windows are at most one day apart. */
export function datesClose(a: ReportRecord, b: ReportRecord): boolean {
  return a.date_lo! <= addDays(b.date_hi!, 1) && b.date_lo! <= addDays(a.date_hi!, 1);
}

/**
 * Actors are compatible unless both reports name known actors and share none: "the army shelled
 * civilians" and "Russian jets struck civilians" may be one strike told two ways (graded contested),
 * but a clash of the army with HTS is not a clash of the SNA with the SDF.
 */
export function actorsCompatible(a: ReportRecord, b: ReportRecord): boolean {
  const left = knownActors(a);
  const right = knownActors(b);
  if (left.length === 0 || right.length === 0) return true;
  return left.some((x) => right.includes(x));
}

export function knownActors(r: ReportRecord): string[] {
  return [r.actor1, r.actor2].filter((x): x is string => x !== null && x !== "UNKNOWN");
}
