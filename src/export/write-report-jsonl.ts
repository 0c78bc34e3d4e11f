import type { Writable } from "node:stream";
import { writeChunk } from "../io/write-chunk.ts";
import type { StoreSession } from "../store/store-session.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { claimsOf } from "../store/get-event.ts";
import type { ReviewFields } from "../review/apply-review.ts";
import type { ReviewStatus } from "../review/fold-decisions.ts";
import { iterateReviewedEvents } from "../review/iterate-reviewed-events.ts";
import type { Claim, StoredEvent } from "../store/stored-event.ts";

/**
 * One line per report (an article's account of an event) in CONTRACT.md's event format, carrying the
 * merged `event_id`: two lines with one event_id are two articles reporting one event, which is what
 * the shared scorer's dedup measure reads. The merged event's grade and figures ride along, and what
 * a person checked: `status` (machine, reviewed, corrected, rejected), `reviewer`, the corrections.
 */
export async function writeReportJsonl(store: StoreSession, out: Writable, options: { filter?: EventFilter; statuses?: readonly ReviewStatus[] | null } = {}): Promise<number> {
  let n = 0;
  let batch: (StoredEvent & ReviewFields)[] = [];
  const flush = async () => {
    const byEvent = new Map(batch.map((e) => [e.event_id, e]));
    for (const claim of await claimsOf(store, [...byEvent.keys()])) {
      await writeChunk(out, `${JSON.stringify(reportLine(claim, byEvent.get(claim.event_id!)!))}\n`);
      n++;
    }
    batch = [];
  };
  for await (const event of iterateReviewedEvents(store, options.filter, options.statuses ?? null)) {
    batch.push(event);
    if (batch.length >= 200) await flush();
  }
  await flush();
  return n;
}

export function reportLine(c: Claim, e: StoredEvent & Partial<ReviewFields>): Record<string, unknown> {
  return correctedLine(c, e, {
    article_id: c.article_id,
    event_id: e.event_id,
    event_type: c.event_type,
    sub_event_type: c.sub_event_type,
    actor1: c.actor1,
    actor2: c.actor2,
    location: { name_ar: c.place_name, country: c.country, admin1: c.admin1, admin2: c.admin2, admin3: c.admin3, lat: c.lat, lon: c.lon, precision: c.geo_precision, gazetteer_id: c.gazetteer_id },
    date: c.date,
    date_precision: c.date_precision,
    killed: c.killed,
    injured: c.injured,
    ...(c.casualties === null ? {} : { casualties: c.casualties }),
    source: c.source,
    evidence: c.evidence,
    ...(c.note === null ? {} : { note: c.note }),
    outlet: c.outlet_id,
    report_event_id: c.local_event_id,
    merged: { grade: e.grade, grade_reason: e.grade_reason, n_reports: e.n_reports, n_outlets: e.n_outlets, fatalities: e.fatalities, killed_range: [e.killed_min, e.killed_max] },
    status: e.status ?? "machine",
    reviewer: e.reviewer ?? null,
  });
}

/**
 * A report line with the event's corrections: what a person corrected on the merged event holds for
 * each of its reports (a corrected place or type is every report's place or type; a corrected toll
 * is the killed figure of each line).
 */
function correctedLine(c: Claim, e: StoredEvent & Partial<ReviewFields>, line: Record<string, unknown>): Record<string, unknown> {
  const fields = e.corrected_fields ?? [];
  if (fields.length === 0) return line;
  const has = (f: string) => fields.includes(f);
  const location = { ...(line["location"] as Record<string, unknown>) };
  if (has("place_name")) location["name_ar"] = e.place_name;
  if (has("admin1")) location["admin1"] = e.admin1;
  if (has("lat")) location["lat"] = e.lat;
  if (has("lon")) location["lon"] = e.lon;
  if (has("geo_precision")) location["precision"] = e.geo_precision;
  if (has("gazetteer_id")) location["gazetteer_id"] = e.gazetteer_id;
  return {
    ...line,
    ...(has("event_type") ? { event_type: e.event_type } : {}),
    ...(has("sub_event_type") ? { sub_event_type: e.sub_event_type } : {}),
    ...(has("actor1") ? { actor1: e.actor1 } : {}),
    ...(has("actor2") ? { actor2: e.actor2 } : {}),
    ...(has("date") ? { date: e.date } : {}),
    ...(has("date_precision") ? { date_precision: e.date_precision } : {}),
    ...(has("fatalities") ? { killed: e.fatalities } : {}),
    ...(has("injured") ? { injured: e.injured_min } : {}),
    location,
    corrected_fields: fields,
    report: { article_id: c.article_id, machine: { event_type: c.event_type, sub_event_type: c.sub_event_type } },
  };
}
