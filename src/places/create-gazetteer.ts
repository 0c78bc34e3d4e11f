import { normalizeKey } from "../text/normalize.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { PlaceEntry } from "./place-entry.ts";
import { withoutArticle } from "../text/word-forms.ts";

/**
 * An in-memory gazetteer over `entries`: every name and alias is indexed under normalizeKey and,
 * when it starts with "ال", also without it, so "الموزرة" and "موزرة" find the same entry.
 * Pure: loading the entries is the caller's business (see loadGazetteer).
 */
export function createGazetteer(entries: readonly PlaceEntry[]): Gazetteer {
  const byKey = new Map<string, PlaceEntry[]>();
  const byId = new Map<string, PlaceEntry>();
  const governorates = new Map<string, PlaceEntry>();
  const add = (key: string, entry: PlaceEntry): void => {
    if (!key) return;
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.kind === "governorate" && entry.admin1) governorates.set(entry.admin1, entry);
    for (const name of [entry.name_ar, ...entry.aliases_ar]) {
      const key = normalizeKey(name);
      add(key, entry);
      const bare = withoutArticle(key);
      if (bare) add(bare, entry);
    }
  }
  return {
    lookup: (key) => byKey.get(key) ?? [],
    get: (id) => byId.get(id),
    names: () => byKey.keys(),
    governorate: (admin1) => governorates.get(admin1),
  };
}
