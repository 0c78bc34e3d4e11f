import { createGazetteer } from "../create-gazetteer.ts";
import type { Gazetteer } from "../gazetteer.ts";
import type { PlaceEntry } from "../place-entry.ts";
import type { ArabWorldTheatre } from "./theatre-schema.ts";
import type { WorldGazetteer } from "./world-gazetteer.ts";

/** A WorldGazetteer over built entries (see loadWorldGazetteer for the cached build). Pure. */
export function createWorldGazetteer(theatre: ArabWorldTheatre, entries: readonly PlaceEntry[]): WorldGazetteer {
  const byCountry = new Map<string, PlaceEntry[]>();
  for (const e of entries) {
    if (!e.country || e.country === "Syria") continue;
    (byCountry.get(e.country) ?? byCountry.set(e.country, []).get(e.country)!).push(e);
  }
  const gazetteers = new Map<string, Gazetteer>();
  const forCountry = (country: string): Gazetteer => {
    let g = gazetteers.get(country);
    if (!g) {
      g = createGazetteer(byCountry.get(country) ?? []);
      gazetteers.set(country, g);
    }
    return g;
  };
  let all: Gazetteer | null = null;
  const everywhere = (): Gazetteer => (all ??= createGazetteer([...byCountry.values()].flat()));
  return {
    theatre,
    entries,
    countries: () => [...byCountry.keys()],
    forCountry,
    lookup(key, country) {
      if (country !== null) return forCountry(country).lookup(key);
      const found = everywhere().lookup(key);
      return new Set(found.map((e) => e.country)).size === 1 ? found : [];
    },
    countriesNaming(key) {
      const g = everywhere();
      const bare = key.startsWith("ال") ? key.slice(2) : `ال${key}`;
      return [...new Set([...g.lookup(key), ...g.lookup(bare)].map((e) => e.country ?? ""))].filter(Boolean);
    },
  };
}
