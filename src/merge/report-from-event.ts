import type { ConflictEvent } from "../model/conflict-event.ts";
import { normalizeKey } from "../text/normalize.ts";
import { dateWindow } from "./date-window.ts";
import type { ReportRecord } from "../model/report-record.ts";

/**
 * Turn an extracted event into a report record. The key is built from the article's content hash
 * and the event's position, not from ids, so it is the same whatever id or order the article came in.
 */
export function reportFromEvent(event: ConflictEvent, articleId: string, contentHash: string, ordinal: number): ReportRecord {
  const window = dateWindow(event.date, event.date_precision);
  const loc = event.location;
  return {
    report_key: `${contentHash.slice(0, 20)}:${ordinal}`,
    article_id: articleId,
    ordinal,
    local_event_id: event.event_id,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1,
    actor2: event.actor2,
    place_name: loc.name_ar,
    place_key: normalizeKey(loc.name_ar),
    country: loc.country ?? null,
    admin1: loc.admin1,
    admin2: loc.admin2 ?? null,
    admin3: loc.admin3 ?? null,
    pcode: loc.pcode ?? null,
    gazetteer_id: loc.gazetteer_id,
    lat: loc.lat,
    lon: loc.lon,
    geo_precision: loc.precision,
    date: event.date,
    date_precision: event.date_precision,
    date_lo: window?.lo ?? null,
    date_hi: window?.hi ?? null,
    killed: event.killed,
    injured: event.injured,
    casualties: event.casualties ?? null,
    source: event.source,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    evidence_text: event.evidence.text,
    note: event.note ?? null,
    provenance_json: JSON.stringify(event.provenance),
  };
}
