import type { Lexicons } from "../../lexicon/lexicons.ts";
import { createGeocoder, type Geocode } from "../../places/create-geocoder.ts";
import type { Cue, CountryCues } from "../../places/world/country-cues.ts";
import { cluesIn, cluesOf, weighClues, type CountryClue, type CountryReading } from "../../places/world/read-country.ts";
import type { WorldGazetteer } from "../../places/world/world-gazetteer.ts";
import type { Resources } from "../../resources/resources.ts";
import { normalize, normalizeKey } from "../../text/normalize.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";
import { tokenize } from "../../text/tokenize.ts";
import { ARTICLE, withoutArticle } from "../../text/word-forms.ts";
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
  // With no country read, a name shared by places in several countries goes to the one a reader
  // would take it for (the prominent city), else stays unresolved.
  const unclear: TheatreStage | null = world ? { ...syria, geocode: byProminence(syria.geocode, world.gazetteer, (c) => stageOf(c).geocode) } : null;
  const stageOf = (country: string): TheatreStage => {
    if (!world) return syria;
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
  return (country) => {
    if (!unclear) return syria;
    return country ? stageOf(country) : unclear;
  };
}

/** A settlement this populous is the one its name means to a reader who is told no country… */
const PROMINENT_POPULATION = 20_000;
/** …when it is at least this many times as populous as every same-name place of another country. */
const PROMINENCE_RATIO = 3;
const SETTLEMENTS: ReadonlySet<string> = new Set(["city", "town", "village"]);

/**
 * The geocoder of a text whose country is not read. A name only home places bear resolves at
 * home. A name home and abroad share resolves at home when the home place is the prominent city
 * ("the city of X" with nothing else to tell the country means the X of sixty thousand people, not
 * a hamlet of that name in another country), else stays unresolved: home is the theatre, so a
 * home name never moves abroad. A name only places abroad bear resolves to the country of its
 * prominent city. A home place the text puts in the governorate it names with it (or the
 * article's) stays at home: a "town X in Y countryside" report from Y is that town.
 *
 *   "الرمادي" (a city of Iraq; a village of Yemen; no Syrian place) → the Iraqi city, "…+prominent-abroad"
 *   "المنصورة" (a Syrian town; a larger city abroad) → unresolved
 */
function byProminence(home: Geocode, world: WorldGazetteer, abroad: (country: string) => Geocode): Geocode {
  return (nameAr, context) => {
    const r = home(nameAr, context);
    const placedByGovernorate = context?.admin1Hint !== undefined && context.admin1Hint !== null && r.entry?.admin1 === context.admin1Hint;
    if (r.entry && (r.entry.kind === "governorate" || placedByGovernorate)) return r;
    const key = normalizeKey(nameAr);
    const countries = world.countriesNaming(key);
    if (countries.length === 0) return r;
    // Abroad, only a place of the very name counts: "منزله" (his house) is no "المنزلة".
    const sizes = countries.map((c) => ({ country: c as string | null, population: largestSettlement(world, key, c, !r.entry) }));
    if (r.entry) sizes.push({ country: null, population: SETTLEMENTS.has(r.entry.kind) ? r.entry.population : 0 });
    const top = prominent(sizes);
    if (r.entry) return top === null ? { ...r, rule: `${r.rule}+prominent` } : { entry: null, precision: 3, rule: "unresolved:named-abroad", candidates: r.candidates };
    if (top) {
      const found = abroad(top)(nameAr, context);
      if (found.entry) return { ...found, rule: `${found.rule}+prominent-abroad` };
    }
    return r;
  };
}

/** The country (null: home) whose largest same-name settlement outweighs every other's, or undefined. */
function prominent(sizes: readonly { country: string | null; population: number }[]): string | null | undefined {
  const ranked = [...sizes].sort((a, b) => b.population - a.population);
  const [first, second] = ranked;
  if (!first || first.population < PROMINENT_POPULATION) return undefined;
  return !second || first.population >= PROMINENCE_RATIO * second.population ? first.country : undefined;
}

function largestSettlement(world: WorldGazetteer, key: string, country: string, exact: boolean): number {
  const bare = withoutArticle(key) ?? `${ARTICLE}${key}`;
  let largest = 0;
  for (const e of [...world.lookup(key, country), ...(exact ? [] : world.lookup(bare, country))]) {
    if (SETTLEMENTS.has(e.kind) && e.population > largest) largest = e.population;
  }
  return largest;
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
