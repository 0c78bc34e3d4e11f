/**
 * The rules of data/lexicon/place-names.json (loaded and checked by src/lexicon/load-lexicons.ts),
 * compiled into normalised word sets.
 */
import type { PlaceNameLexicon } from "../../lexicon/place-name-schema.ts";
import { normalizeKey } from "../../text/normalize.ts";


export interface PlaceNameRules {
  readonly adjectives: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  readonly countryside: ReadonlySet<string>;
  readonly surroundings: ReadonlySet<string>;
  readonly centre: ReadonlySet<string>;
  readonly entrance: ReadonlySet<string>;
  readonly outskirts: ReadonlySet<string>;
  readonly near: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly unknownNameKinds: ReadonlySet<string>;
  readonly nameDropWords: ReadonlySet<string>;
  readonly betweenWords: ReadonlySet<string>;
  readonly samePlaceWords: ReadonlySet<string>;
  readonly kinshipPrefixes: ReadonlySet<string>;
  readonly notPlaceNames: ReadonlySet<string>;
  /** Never a name, not even after a head word. */
  readonly neverPlaceNames: ReadonlySet<string>;
  readonly capitalWords: ReadonlySet<string>;
  readonly borderWords: ReadonlySet<string>;
  readonly borderLinks: ReadonlySet<string>;
  readonly borderOpeners: ReadonlySet<string>;
  readonly borderAdjectives: ReadonlySet<string>;
  readonly borderCountries: ReadonlySet<string>;
  readonly governmentWords: ReadonlySet<string>;
  readonly containerMarkers: ReadonlySet<string>;
  readonly adjacentMarkers: ReadonlySet<string>;
  readonly originMarkers: ReadonlySet<string>;
  /** Origin markers that name a place's people: an origin only after one of `residentsPartitives`. */
  readonly residentsWords: ReadonlySet<string>;
  readonly residentsPartitives: ReadonlySet<string>;
  readonly quotedNameHeads: ReadonlySet<string>;
  readonly unitNameHeads: ReadonlySet<string>;
  readonly departureMarkers: ReadonlySet<string>;
  readonly personOriginNouns: ReadonlySet<string>;
  readonly personOriginPrepositions: ReadonlySet<string>;
  readonly sinceWords: ReadonlySet<string>;
  readonly sinceTimeWords: ReadonlySet<string>;
  readonly sinceOpeners: ReadonlySet<string>;
  readonly insideTownKinds: ReadonlySet<string>;
  readonly insideTownWords: ReadonlySet<string>;
  readonly namedBaseKinds: ReadonlySet<string>;
  readonly controlWords: ReadonlySet<string>;
  readonly controlHeads: ReadonlySet<string>;
  readonly headSkipWords: ReadonlySet<string>;
  /** "القوات المتمركزة في X": where a force is stationed, not where it strikes. */
  readonly stationedMarkers: ReadonlySet<string>;
  /** "قرية X التابعة لبلدة Y": the words that put a place inside the town named after them. */
  readonly belongsToMarkers: ReadonlySet<string>;
  /** "محافظة": a governorate named after its city. */
  readonly governorateWord: string;
  readonly pronounSuffixes: readonly string[];
  readonly nounPronounSuffixes: readonly string[];
  readonly aliasQualifiers: ReadonlySet<string>;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeKey));

export function compilePlaceNameRules(d: PlaceNameLexicon): PlaceNameRules {
  return {
    adjectives: set(d.name_adjectives),
    stops: set(d.stop_words),
    prefixes: set(d.name_prefixes),
    countryside: set(d.countryside),
    surroundings: set(d.surroundings),
    centre: set(d.centre),
    entrance: set(d.entrance),
    outskirts: set(d.outskirts),
    near: set(d.near),
    quotes: new Set(d.quotes),
    unknownNameKinds: new Set(d.unknown_name_kinds),
    nameDropWords: set(d.name_drop_words),
    betweenWords: set(d.between_words),
    samePlaceWords: set(d.same_place_words),
    kinshipPrefixes: set(d.kinship_prefixes),
    notPlaceNames: set([...d.not_place_names, ...d.never_place_names, ...d.stop_words]),
    neverPlaceNames: set(d.never_place_names),
    capitalWords: set(d.capital_words),
    borderWords: set(d.border_words),
    borderLinks: set(d.border_links),
    borderOpeners: set(d.border_openers),
    borderAdjectives: set(d.border_adjectives),
    borderCountries: set(d.border_countries),
    governmentWords: set(d.government_words),
    containerMarkers: set(d.container_markers),
    adjacentMarkers: set(d.adjacent_markers),
    originMarkers: set(d.origin_markers),
    residentsWords: set(d.residents_words),
    residentsPartitives: set(d.residents_partitives),
    quotedNameHeads: set(d.quoted_name_heads),
    unitNameHeads: set(d.unit_name_heads),
    departureMarkers: set(d.departure_markers),
    personOriginNouns: set(d.person_origin_nouns),
    personOriginPrepositions: set(d.person_origin_prepositions),
    sinceWords: set(d.since_words),
    sinceTimeWords: set(d.since_time_words),
    sinceOpeners: set(d.since_openers),
    stationedMarkers: set(d.stationed_markers),
    belongsToMarkers: set(d.belongs_to_markers),
    governorateWord: normalizeKey(d.governorate_word),
    insideTownKinds: new Set(d.inside_town_kinds),
    insideTownWords: set(d.inside_town_words),
    namedBaseKinds: new Set(d.named_base_kinds),
    controlWords: set(d.control_words),
    controlHeads: set(d.control_heads),
    headSkipWords: set(d.head_skip_words),
    pronounSuffixes: d.pronoun_suffixes.map(normalizeKey),
    nounPronounSuffixes: d.noun_pronoun_suffixes.map(normalizeKey),
    aliasQualifiers: set(d.alias_qualifiers),
  };
}
