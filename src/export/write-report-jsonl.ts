import type { Writable } from "node:stream";
import { writeChunk } from "../io/write-chunk.ts";
import type { StoreSession } from "../store/store-session.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { claimsOf } from "../store/get-event.ts";
import { iterateEvents } from "../store/query-events.ts";
import type { Claim, StoredEvent } from "../store/stored-event.ts";

/**
 * One line per report (an article's account of an event) in CONTRACT.md's event format, carrying the
 * merged `event_id`: two lines with one event_id are two articles reporting one event, which is what
 * the shared scorer's dedup measure reads. The merged event's grade and figures ride along.
 */
export async function writeReportJsonl(store: StoreSession, out: Writable, options: { filter?: EventFilter } = {}): Promise<number> {
  let n = 0;
  let batch: StoredEvent[] = [];
  const flush = async () => {
    const byEvent = new Map(batch.map((e) => [e.event_id, e]));
    for (const claim of await claimsOf(store, [...byEvent.keys()])) {
      await writeChunk(out, `${JSON.stringify(reportLine(claim, byEvent.get(claim.event_id!)!))}\n`);
      n++;
    }
    batch = [];
  };
  for await (const event of iterateEvents(store, options.filter)) {
    batch.push(event);
    if (batch.length >= 200) await flush();
  }
  await flush();
  return n;
}

export function reportLine(c: Claim, e: StoredEvent): Record<string, unknown> {
  return {
    article_id: c.article_id,
    event_id: e.event_id,
    event_type: c.event_type,
    sub_event_type: c.sub_event_type,
    actor1: c.actor1,
    actor2: c.actor2,
    location: { name_ar: c.place_name, admin1: c.admin1, admin2: c.admin2, admin3: c.admin3, lat: c.lat, lon: c.lon, precision: c.geo_precision, gazetteer_id: c.gazetteer_id },
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
  };
}
