import type { Lexicons } from "../../lexicon/lexicons.ts";
import { createGeocoder, type Geocode } from "../../places/create-geocoder.ts";
import { CITY_CUE_POPULATION, type Cue, type CountryCues } from "../../places/world/country-cues.ts";
import { cluesIn, cluesOf, weighClues, type CountryClue, type CountryReading } from "../../places/world/read-country.ts";
import type { WorldGazetteer } from "../../places/world/world-gazetteer.ts";
import type { Resources } from "../../resources/resources.ts";
import { normalize, normalizeKey } from "../../text/normalize.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";
import { tokenize } from "../../text/tokenize.ts";
import { withEntities, type CompiledLexicons } from "../prepare/compiled-lexicons.ts";
import type { Document } from "../prepare/prepare-document.ts";

/** The lexicons and geocoder one country's sentences are read with. */
export interface TheatreStage {
  /** English country name ("Syria", "Yemen"). */
  readonly country: string;
  readonly lex: CompiledLexicons;
  readonly geocode: Geocode;
}


/** A paragraph reading overrides the article's when it is at least this strong. */
const PARAGRAPH_OVERRIDE_SCORE = 6;

/**
 * One stage per country, compiled on first use: Syria is the extractor's own lexicons and
 * gazetteer; any other country gets that country's places only (never Syria's) and the actors of
 * actors-arab-world.json listed for it before the catalogue's.
 */
export function createTheatreStages(resources: Resources, syria: TheatreStage): (country: string | null) => TheatreStage {
  const world = resources.world;
  const stages = new Map<string, TheatreStage>([[syria.country, syria]]);
  // With no country read, a Syrian name that also names a place abroad stays unresolved (only unambiguous matches).
  const unclear: TheatreStage | null = world ? { ...syria, geocode: unambiguousOnly(syria.geocode, world.gazetteer) } : null;
  return (country) => {
    if (!world || !unclear) return syria;
    if (!country) return unclear;
    let stage = stages.get(country);
    if (!stage) {
      const iso2 = world.gazetteer.theatre.countries.find((c) => c.name_en === country)?.iso2 ?? "";
      const gazetteer = world.gazetteer.forCountry(country);
      const { placeNames } = resources;
      stage = {
        country,
        lex: withEntities(syria.lex, lexiconsFor(resources.lexicons, iso2), gazetteer, placeNames.notPlaceNames, placeNames.countryside, placeNames.aliasQualifiers),
        geocode: createGeocoder(gazetteer),
      };
      stages.set(country, stage);
    }
    return stage;
  };
}

function unambiguousOnly(geocode: Geocode, world: WorldGazetteer): Geocode {
  return (nameAr, context) => {
    const r = geocode(nameAr, context);
    // A name shared with a place abroad stays at home when the governorate the text names with it
    // (or the article's) is the home entry's: a "town X in Y countryside" report from Y is that town.
    const placedByGovernorate = context?.admin1Hint !== undefined && context.admin1Hint !== null && r.entry?.admin1 === context.admin1Hint;
    if (r.entry && r.entry.kind !== "governorate" && !placedByGovernorate && world.countriesNaming(normalizeKey(nameAr)).length > 0) {
      return { entry: null, precision: 3, rule: "unresolved:named-abroad", candidates: r.candidates };
    }
    // "وسط النجف", "في مدينة الرمادي" in a text whose country is not clear: a name no Syrian place has
    // that names a big city of one country only (the cities that are country cues) is that city.
    if (!r.entry) {
      const abroad = world.lookup(normalizeKey(nameAr), null).filter((e) => e.kind === "city" && e.population >= CITY_CUE_POPULATION);
      if (abroad.length === 1) return { entry: abroad[0]!, precision: 1, rule: "world:big-city", candidates: 1 };
    }
    return r;
  };
}

/** The catalogue with the country's own actors first (on an identical phrase the first entry wins). */
function lexiconsFor(lex: Lexicons, iso2: string): Lexicons {
  const own = lex.actorsAbroad.actors.filter((a) => a.countries.includes(iso2)).map((a) => ({ ...a, written_as_other: false }));
  const anywhere = lex.actorsAbroad.actors.filter((a) => a.countries.length === 0).map((a) => ({ ...a, written_as_other: false }));
  // A catalogue alias that holds a local actor's name ("طائرات التحالف" holds "التحالف", the
  // Saudi-led coalition in Yemen) means the local actor here; the longer alias would win the match.
  const localNames = own.flatMap((a) => a.aliases.map((n) => ` ${normalizeKey(n)} `));
  const keep = (alias: string): boolean => {
    const key = ` ${normalizeKey(alias)} `;
    return !localNames.some((n) => key.includes(n));
  };
  const catalogue = [...anywhere.map((a) => ({ ...a, affiliations: [] })), ...lex.actors.actors].map((a) => ({ ...a, aliases: a.aliases.filter(keep), air_aliases: a.air_aliases.filter(keep), artillery_aliases: a.artillery_aliases.filter(keep) }));
  return { ...lex, actors: { ...lex.actors, actors: [...own.map((a) => ({ ...a, affiliations: [] })), ...catalogue] } };
}

/**
 * The country of each sentence of a document: its paragraph's reading when that is strong and
 * clear, else the article's (title and text). Null when neither is clear. Reads the cues each
 * sentence's pass found (sentence-pass.ts: matched with the lexicons, no pass of their own); the
 * title, which is not one of the sentences, is matched here.
 *
 *   countryOfSentences(doc, cues, (i) => passes[i].cues).bySentence[i] → "Yemen" | "Syria" | null
 */
export function countryOfSentences(
  doc: Document,
  cues: CountryCues,
  cuesFound: (sentence: number) => readonly PhraseMatch<Cue>[],
): { readonly article: CountryReading; readonly bySentence: readonly (string | null)[] } {
  const title = doc.article.title ? cluesIn(tokenize(normalize(doc.article.title).text), cues, false) : [];
  const byParagraph = new Map<number, CountryClue[]>();
  let paragraph = -1;
  for (const s of doc.sentences) {
    const list = byParagraph.get(s.paragraph) ?? byParagraph.set(s.paragraph, []).get(s.paragraph)!;
    list.push(...cluesOf(cuesFound(s.index), s.tokens, s.paragraph !== paragraph));
    paragraph = s.paragraph;
  }
  const article = weighClues([...title, ...[...byParagraph.values()].flat()]);
  const readings = new Map<number, string | null>();
  for (const [p, clues] of byParagraph) {
    const r = weighClues(clues);
    readings.set(p, r.country && r.score >= PARAGRAPH_OVERRIDE_SCORE ? r.country : article.country);
  }
  // Filled by push, as create-extractor's per-sentence lists are (same elements kind however this runs).
  const bySentence: (string | null)[] = [];
  for (const s of doc.sentences) bySentence.push(readings.get(s.paragraph) ?? article.country);
  return { article, bySentence };
}
