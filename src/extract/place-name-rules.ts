/**
 * Data of data/lexicon/place-names.json: how unknown place names are delimited in text. Loaded and
 * checked like the other lexicons.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { normalizeKey } from "../text/normalize.ts";

export const PlaceNameRulesSchema = z.object({
  /** Adjectives that belong to a name (نوحية شرقية، الشيخ مسكين الغربي). */
  name_adjectives: z.array(z.string().min(1)),
  /** Words that end an unknown name (prepositions, time words, relative pronouns …). */
  stop_words: z.array(z.string().min(1)),
  /** First words of multi-word names (أبو، أم، تل، معرة، كفر …): the next word is part of the name. */
  name_prefixes: z.array(z.string().min(1)),
  /** ريف X: the countryside of X (an area, precision 2). */
  countryside: z.array(z.string().min(1)),
  /** محيط X، أطراف X: at X itself, as gold codes it. */
  surroundings: z.array(z.string().min(1)),
  /** ضواحي X: the outskirts, an area (precision 2). */
  outskirts: z.array(z.string().min(1)),
  /** قرب X: at X, unless it locates a place just named ("جبل الدويلة قرب كفرتخاريم"). */
  near: z.array(z.string().min(1)),
  quotes: z.array(z.string().min(1)),
  /** Place-word kinds after which an unknown word is taken as a name (بلدة X); after the others (نقطة، منطقة) only known places count. */
  unknown_name_kinds: z.array(z.string().min(1)),
  /** Gazetteer names that are also common words (حول، السلام، الثورة): never matched as places by themselves. */
  not_place_names: z.array(z.string().min(1)),
  /** Words before a capital that make it a government, not a place (حكومة دمشق). */
  government_words: z.array(z.string().min(1)),
  /** "التابعة لـ X", "الواقعة في X": X contains the place just named. */
  container_markers: z.array(z.string().min(1)),
  /** "أحد سكان بلدة X", "ينحدر من X": where a victim is from, not where the event was. */
  origin_markers: z.array(z.string().min(1)),
  /** Place-word kinds inside a town (ساحة، شارع، دوار): the event is coded at the town (GUIDELINES). */
  inside_town_kinds: z.array(z.string().min(1)),
  /** Kinds whose unknown names count when written with the article ("حاجز السباهية"). */
  named_base_kinds: z.array(z.string().min(1)),
  /** "مناطق سيطرة X في Y": Y is where X holds ground, a description. */
  control_words: z.array(z.string().min(1)),
  /** The word before a control word that makes it an area description ("مناطق سيطرة", "تحت سيطرة"). */
  control_heads: z.array(z.string().min(1)),
  /** Adjectives that may stand between a head and its name ("المدينة الاستراتيجية معرة النعمان"). */
  head_skip_words: z.array(z.string().min(1)),
  /** Possessive endings ("منزلهما"): an unknown word wearing one is a noun, not a place name. */
  pronoun_suffixes: z.array(z.string().min(1)),
  /** Words that mark a gazetteer alias as a disambiguation ("عين عيسى في جبل التركمان"), used for lookups only. */
  alias_qualifiers: z.array(z.string().min(1)),
  /** Leading words the guidelines leave out of a written place name ("محافظة درعا" → "درعا", "وسط المدينة"). */
  name_drop_words: z.array(z.string().min(1)).default([]),
  /** "بين قريتي X وY": a place between two villages is coded at the first one named (GUIDELINES on axes). */
  between_words: z.array(z.string().min(1)).default([]),
});

export interface PlaceNameRules {
  readonly adjectives: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  readonly countryside: ReadonlySet<string>;
  readonly surroundings: ReadonlySet<string>;
  readonly outskirts: ReadonlySet<string>;
  readonly near: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly unknownNameKinds: ReadonlySet<string>;
  readonly nameDropWords: ReadonlySet<string>;
  readonly betweenWords: ReadonlySet<string>;
  readonly notPlaceNames: ReadonlySet<string>;
  readonly governmentWords: ReadonlySet<string>;
  readonly containerMarkers: ReadonlySet<string>;
  readonly originMarkers: ReadonlySet<string>;
  readonly insideTownKinds: ReadonlySet<string>;
  readonly namedBaseKinds: ReadonlySet<string>;
  readonly controlWords: ReadonlySet<string>;
  readonly controlHeads: ReadonlySet<string>;
  readonly headSkipWords: ReadonlySet<string>;
  readonly pronounSuffixes: readonly string[];
  readonly aliasQualifiers: ReadonlySet<string>;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeKey));

export function compilePlaceNameRules(data: unknown): PlaceNameRules {
  const d = PlaceNameRulesSchema.parse(data);
  return {
    adjectives: set(d.name_adjectives),
    stops: set(d.stop_words),
    prefixes: set(d.name_prefixes),
    countryside: set(d.countryside),
    surroundings: set(d.surroundings),
    outskirts: set(d.outskirts),
    near: set(d.near),
    quotes: new Set(d.quotes),
    unknownNameKinds: new Set(d.unknown_name_kinds),
    nameDropWords: set(d.name_drop_words),
    betweenWords: set(d.between_words),
    notPlaceNames: set([...d.not_place_names, ...d.stop_words]),
    governmentWords: set(d.government_words),
    containerMarkers: set(d.container_markers),
    originMarkers: set(d.origin_markers),
    insideTownKinds: new Set(d.inside_town_kinds),
    namedBaseKinds: new Set(d.named_base_kinds),
    controlWords: set(d.control_words),
    controlHeads: set(d.control_heads),
    headSkipWords: set(d.head_skip_words),
    pronounSuffixes: d.pronoun_suffixes.map(normalizeKey),
    aliasQualifiers: set(d.alias_qualifiers),
  };
}

export function loadPlaceNameRules(): PlaceNameRules {
  const path = new URL("../../data/lexicon/place-names.json", import.meta.url);
  try {
    return compilePlaceNameRules(JSON.parse(readFileSync(path, "utf8")));
  } catch (err) {
    throw new Error(`lexicon ${path.pathname}: ${(err as Error).message}`, { cause: err });
  }
}
