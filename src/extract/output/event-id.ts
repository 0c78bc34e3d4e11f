import { createHash } from "node:crypto";
import type { SubEventType } from "../../model/conflict-event.ts";

/**
 * The id of the real-world event an extracted event describes: the same day, place and sub-event
 * type give the same id in every article, so two reports of one event share it.
 *
 *   eventId("2021-06-09", "gn:170017", "Shelling/artillery/missile attack") → "e-2021-06-09-3f9c1a2b"
 */
export function eventId(date: string | null, place: string, sub: SubEventType): string {
  const h = createHash("sha1").update(`${date ?? "nodate"}|${place}|${sub}`).digest("hex").slice(0, 10);
  return `e-${date ?? "nodate"}-${h}`;
}
