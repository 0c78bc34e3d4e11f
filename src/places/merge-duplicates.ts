import { normalizeKey } from "../text/normalize.ts";
import { distanceKm } from "./distance-km.ts";
import type { PlaceEntry } from "./place-entry.ts";

/** Same name within this distance = the same place described twice. */
const SAME_PLACE_KM = 5;

/**
 * GeoNames rows that a curated entry already describes (same normalised name or alias, within
 * 5 km) are dropped, so the geocoder sees one candidate per place; the curated entry keeps its
 * district, aliases and stated source.
 */
export function mergeDuplicates(
  curated: readonly PlaceEntry[],
  geonames: readonly PlaceEntry[],
): { kept: PlaceEntry[]; merged: number } {
  const byKey = new Map<string, PlaceEntry[]>();
  for (const c of curated) {
    for (const n of [c.name_ar, ...c.aliases_ar]) {
      const k = normalizeKey(n);
      byKey.set(k, [...(byKey.get(k) ?? []), c]);
    }
  }
  const kept = geonames.filter((g) => {
    const same = [g.name_ar, ...g.aliases_ar]
      .flatMap((n) => byKey.get(normalizeKey(n)) ?? [])
      .some((c) => distanceKm(c.lat, c.lon, g.lat, g.lon) <= SAME_PLACE_KM);
    return !same;
  });
  return { kept, merged: geonames.length - kept.length };
}
