import crypto from "node:crypto";
import type { SubEventType } from "../../model/conflict-event.ts";

/**
 * The id of the real-world event an extracted event describes: the same day, place and sub-event
 * type give the same id in every article, so two reports of one event share it.
 *
 *   eventId("2021-06-09", "gn:170017", "Shelling/artillery/missile attack") → "e-2021-06-09-3f9c1a2b"
 */
export function eventId(date: string | null, place: string, sub: SubEventType): string {
  const key = `${date ?? "nodate"}|${place}|${sub}`;
  const known = ids.get(key);
  if (known !== undefined) return known;
  const id = `e-${date ?? "nodate"}-${sha1Hex(key).slice(0, 10)}`;
  if (ids.size >= IDS_LIMIT) ids.clear();
  ids.set(key, id);
  return id;
}

/**
 * Ids already computed, by key: news reports the same day, place and type again and again (each
 * article's events are also looked up more than once), and a digest costs more than a lookup.
 * Bounded; only ever returns what the digest gives.
 */
const ids = new Map<string, string>();
const IDS_LIMIT = 20_000;

/**
 * One-shot `crypto.hash` (Node ≥ 20.12) where there is one, the same digest: a Hash object per event
 * is slow in a worker thread, where its constructor's deprecation check reads the options each time
 * (eventId took 507 ms of a worker's 12.6 s profile on 1,400 real articles, 4 %).
 */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === "function" ? (text) => crypto.hash("sha1", text, "hex") : (text) => crypto.createHash("sha1").update(text).digest("hex");
