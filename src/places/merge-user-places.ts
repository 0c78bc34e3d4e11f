import { normalizeKey } from "../text/normalize.ts";
import { distanceKm } from "./distance-km.ts";
import type { PlaceEntry } from "./place-entry.ts";
import { PRECISION_OF_KIND } from "./precision-of-kind.ts";
import { withoutArticle } from "../text/word-forms.ts";

/** A stored entry this close to a built-in one of the same name, governorate and precision replaces it. */
const SUPERSEDE_KM = 25;

export interface UserPlaceInput {
  /** Imported and analyst-added entries. */
  readonly entries: readonly PlaceEntry[];
  /** Extra Arabic spellings by entry id; the id may be a built-in entry's. */
  readonly aliases?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The built-in entries with the user's stored places merged in; the user wins. A built-in entry is
 * dropped when a stored entry has its id, or shares a normalised name with it in the same
 * governorate and precision class within 25 km: that is an analyst's correction or a better source
 * for the same place, and the geocoder must not rank the old point against it. Same-named places
 * elsewhere stay. Aliases are added to whichever entry carries their id.
 */
export function mergeUserPlaces(builtin: readonly PlaceEntry[], user: UserPlaceInput): PlaceEntry[] {
  const userIds = new Set(user.entries.map((e) => e.id));
  const byName = new Map<string, PlaceEntry[]>();
  for (const u of user.entries) {
    for (const key of namesOf(u)) byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  const superseded = (b: PlaceEntry): boolean => {
    if (userIds.has(b.id)) return true;
    for (const key of namesOf(b)) {
      for (const u of byName.get(key) ?? []) {
        const sameAdmin1 = u.admin1 === null || b.admin1 === null || u.admin1 === b.admin1;
        if (sameAdmin1 && PRECISION_OF_KIND[u.kind] === PRECISION_OF_KIND[b.kind] && distanceKm(u.lat, u.lon, b.lat, b.lon) <= SUPERSEDE_KM) return true;
      }
    }
    return false;
  };
  const merged = [...builtin.filter((b) => !superseded(b)), ...user.entries];
  const aliases = user.aliases ?? new Map<string, readonly string[]>();
  if (aliases.size === 0) return merged;
  return merged.map((e) => {
    const extra = aliases.get(e.id);
    if (!extra) return e;
    const have = new Set([e.name_ar, ...e.aliases_ar].map(normalizeKey));
    const add = extra.filter((a) => !have.has(normalizeKey(a)));
    return add.length === 0 ? e : { ...e, aliases_ar: [...e.aliases_ar, ...add] };
  });
}

/** Normalised names and aliases of an entry, each also without its article. */
function namesOf(e: PlaceEntry): Set<string> {
  const out = new Set<string>();
  for (const n of [e.name_ar, ...e.aliases_ar]) {
    const key = normalizeKey(n);
    out.add(withoutArticle(key) ?? key);
  }
  return out;
}
