import type { Writable } from "node:stream";
import { writeChunk } from "../io/write-chunk.ts";
import type { StoreSession } from "../store/store-session.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { iterateReviewedEvents } from "../review/iterate-reviewed-events.ts";
import type { ReviewStatus } from "../review/fold-decisions.ts";
import type { StoredEvent } from "../store/stored-event.ts";

/** A GeoJSON Feature of a merged event (RFC 7946: [lon, lat], WGS 84; null geometry when unplaced). */
export function eventFeature<T extends StoredEvent>(e: T): { type: "Feature"; id: string; geometry: { type: "Point"; coordinates: [number, number] } | null; properties: Omit<T, "lat" | "lon"> } {
  const { lat, lon, ...properties } = e;
  return {
    type: "Feature",
    id: e.event_id,
    geometry: lat === null || lon === null ? null : { type: "Point", coordinates: [round(lon), round(lat)] },
    properties,
  };
}

/** Merged events as one GeoJSON FeatureCollection, streamed feature by feature, with people's corrections, `status` and `reviewer`. */
export async function writeGeoJson(store: StoreSession, out: Writable, options: { filter?: EventFilter; statuses?: readonly ReviewStatus[] | null } = {}): Promise<number> {
  await writeChunk(out, '{"type":"FeatureCollection","features":[\n');
  let n = 0;
  for await (const event of iterateReviewedEvents(store, options.filter, options.statuses ?? null)) {
    await writeChunk(out, `${n === 0 ? "" : ",\n"}${JSON.stringify(eventFeature(event))}`);
    n++;
  }
  await writeChunk(out, "\n]}\n");
  return n;
}

/** RFC 7946 advises no more than 6 decimals (about 10 cm). */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
