import type { ConflictEvent } from "../model/conflict-event.ts";

/** Columns of `rasd extract --format csv`, in order. */
export const EVENT_CSV_COLUMNS = [
  "article_id", "event_id", "event_type", "sub_event_type", "actor1", "actor2", "location_name_ar", "admin1",
  "lat", "lon", "geo_precision", "date", "date_precision", "killed", "injured", "casualties", "source",
  "evidence_start", "evidence_end", "evidence_text", "rules",
] as const;

export type EventCsvColumn = (typeof EVENT_CSV_COLUMNS)[number];

/** One event flattened to CSV cells (null → empty cell). `rules` lists the distinct rule ids, ";"-separated. */
export function eventCsvRow(event: ConflictEvent): Record<EventCsvColumn, string | number | null> {
  return {
    article_id: event.article_id,
    event_id: event.event_id,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1,
    actor2: event.actor2,
    location_name_ar: event.location.name_ar,
    admin1: event.location.admin1,
    lat: event.location.lat,
    lon: event.location.lon,
    geo_precision: event.location.precision,
    date: event.date,
    date_precision: event.date_precision,
    killed: event.killed,
    injured: event.injured,
    casualties: event.casualties ?? null,
    source: event.source,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    evidence_text: event.evidence.text,
    rules: [...new Set(event.provenance.map((p) => p.rule))].join(";"),
  };
}
