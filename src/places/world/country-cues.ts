import { normalizeKey } from "../../text/normalize.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import type { ArabWorldTheatre } from "./theatre-schema.ts";
import type { WorldGazetteer } from "./world-gazetteer.ts";

/** What kind of clue a phrase is; each kind has its weight in CUE_WEIGHTS. */
export type CueKind = "name" | "demonym" | "capital" | "admin1" | "city" | "phrase";

export interface Cue {
  /** English country name ("Yemen", "Syria"). */
  readonly country: string;
  readonly kind: CueKind;
  readonly weight: number;
}

/** How much one mention of each kind counts. A dateline ("صنعاء - …") adds DATELINE_WEIGHT. */
export const CUE_WEIGHTS: Readonly<Record<CueKind, number>> = { name: 3, demonym: 1, capital: 3, admin1: 3, city: 2, phrase: 2 };
export const DATELINE_WEIGHT = 6;
/** Cities of the world gazetteer count as clues from this population on (smaller names are too often common words). */
export const CITY_CUE_POPULATION = 100_000;

/** The theatre's clues compiled into one phrase matcher, once per extractor. */
export interface CountryCues {
  readonly matcher: PhraseMatcher<Cue>;
}

/**
 * Country names, demonyms, capitals, divisions and cue phrases of the theatre file, plus the big
 * cities of the world gazetteer whose name belongs to one country only and is no Syrian place name
 * (`syrianNames`, normalised) — "طرابلس" (Libya and Lebanon) tells nothing, "الفاشر" tells Sudan.
 */
export function compileCountryCues(
  theatre: ArabWorldTheatre,
  world?: WorldGazetteer,
  syrianNames: Iterable<string> = [],
): CountryCues {
  const matcher = new PhraseMatcher<Cue>();
  const stop = new Set(theatre.cue_stop_words.map(normalizeKey));
  const add = (phrase: string, country: string, kind: CueKind, factor = 1): void => {
    if (!stop.has(normalizeKey(phrase))) matcher.add(phrase, { country, kind, weight: CUE_WEIGHTS[kind] * factor });
  };
  // Explicit clues first: on an identical phrase the first entry wins.
  for (const c of theatre.countries) {
    for (const n of c.capitals_ar) add(n, c.name_en, "capital");
    for (const n of c.cue_phrases_ar) add(n, c.name_en, "phrase");
    for (const n of c.names_ar) add(n, c.name_en, "name", c.name_weight);
    for (const n of c.demonyms_ar) add(n, c.name_en, "demonym", c.name_weight);
    for (const a of c.admin1) for (const n of a.names_ar) if (n.includes(" ")) add(n, c.name_en, "admin1");
  }
  if (world) {
    const syrian = new Set(syrianNames);
    const countriesOf = new Map<string, Set<string>>();
    const cities: [string, string][] = [];
    for (const e of world.entries) {
      for (const n of [e.name_ar, ...e.aliases_ar]) {
        const k = normalizeKey(n);
        (countriesOf.get(k) ?? countriesOf.set(k, new Set()).get(k)!).add(e.country ?? "");
        if (e.kind === "city" && e.population >= CITY_CUE_POPULATION && e.country) cities.push([k, e.country]);
      }
    }
    for (const [k, country] of cities) {
      if (k.length >= 4 && countriesOf.get(k)?.size === 1 && !syrian.has(k)) add(k, country, "city");
    }
  }
  return { matcher };
}
