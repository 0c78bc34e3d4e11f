import type { Lexicons } from "../../lexicon/lexicons.ts";
import type { Gazetteer } from "../../places/gazetteer.ts";
import { normalizeKey } from "../../text/normalize.ts";
import { LayeredMatcher } from "../../text/layered-matcher.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { SubstringSet } from "../../text/substring-set.ts";
import type { AnnotationValue } from "../annotate/annotation.ts";
import type { ReferenceCalendar } from "../read/written-days.ts";

/**
 * The lexicons compiled into phrase matchers, once per extractor. Each layer is matched on its own
 * (longest match, no overlap inside a layer); layers may overlap each other ("غارات" is a trigger
 * and an air cue).
 */
export interface CompiledLexicons {
  readonly layers: ReadonlyArray<{ readonly name: string; readonly matcher: PhraseMatcher<AnnotationValue> }>;
  /** The layers' matchers run together, in one pass over a sentence (same order as `layers`). */
  readonly matcher: LayeredMatcher<AnnotationValue>;
  /** Normalised boilerplate phrases and whole lines. */
  readonly boilerplatePhrases: SubstringSet;
  readonly boilerplateLines: ReadonlySet<string>;
  /** The length of the longest of them. */
  readonly longestBoilerplateLine: number;
  /** Actor key → inter type. */
  readonly inter: ReadonlyMap<string, string>;
  /** Heads and identity words of armed groups the catalogue does not list (roles.json). */
  readonly armedGroups: { readonly heads: ReadonlySet<string>; readonly identities: ReadonlySet<string>; readonly qualifiers: ReadonlySet<string>; readonly named: ReadonlySet<string>; readonly partitive: ReadonlySet<string> };
  /** Definite nouns that name a group told earlier ("التنظيم"), by normalised word (roles.json). */
  readonly actorAnaphors: ReadonlyMap<string, { readonly head: string; readonly keys: ReadonlySet<string> }>;
  /** Armed units named by their own name ("لواء الفتح", "الفرقة 47"): heads, words that are no name, owner words. */
  readonly armedUnits: { readonly heads: ReadonlySet<string>; readonly nameStops: ReadonlySet<string>; readonly owner: ReadonlySet<string> };
  /** Normalised words after which a weekday is part of a name ("أبو سبت"), calendar.json. */
  readonly weekdayNameOpeners: ReadonlySet<string>;
  /** What the reference-day reader needs of calendar.json: Latin month names, current-year phrases. */
  readonly referenceCalendar: ReferenceCalendar;
  /** Named military operations ("معركة «فجر النصر»"): heads and naming words (roles.json). */
  readonly operations: { readonly heads: ReadonlySet<string>; readonly naming: ReadonlySet<string>; readonly namingVerbs: ReadonlySet<string> };
}

export function compileLexicons(
  lex: Lexicons,
  gazetteer: Gazetteer,
  notPlaceNames: ReadonlySet<string> = new Set(),
  countryside: ReadonlySet<string> = new Set(),
  aliasQualifiers: ReadonlySet<string> = new Set(),
): CompiledLexicons {
  const entities = compileEntities(lex, gazetteer, notPlaceNames, countryside, aliasQualifiers);

  // Light stems (text/light-stem.ts) widen verbs, cue words and casualty words to their inflections
  // ("تستهدفها", "قتيلين"). Noun triggers stay on their written forms: their plurals and duals ("الضربتين")
  // mostly point back at strikes already told, and added events that were not there.
  const triggers = new PhraseMatcher<AnnotationValue>();
  for (const entry of lex.triggers.triggers) for (const f of entry.forms) triggers.add(f, { kind: "trigger", entry }, { stems: entry.pos === "verb", pos: entry.pos });

  const cues = new PhraseMatcher<AnnotationValue>({ stems: true });
  for (const [cue, words] of Object.entries(lex.triggers.cues) as [keyof Lexicons["triggers"]["cues"], string[]][]) {
    for (const w of words) cues.add(w, { kind: "cue", cue });
  }
  const modality = new PhraseMatcher<AnnotationValue>();
  for (const [mode, words] of Object.entries(lex.triggers.modality) as [keyof Lexicons["triggers"]["modality"], string[]][]) {
    for (const w of words) modality.add(w, { kind: "modality", mode });
  }
  const casualties = new PhraseMatcher<AnnotationValue>({ stems: true });
  const cas = lex.triggers.casualties;
  // The possessive of one person on its written forms only: its stems reach the plural's ("مصرعهم"),
  // which a count before it gives ("لقي سبعة أشخاص مصرعهم").
  for (const w of cas.killed_one) casualties.add(w, { kind: "casualty", what: "killed", one: true }, { stems: false });
  for (const w of cas.injured_one) casualties.add(w, { kind: "casualty", what: "injured", one: true }, { stems: false });
  // Singular nouns on their written forms, before the killed and injured lists: their stems reach the plurals.
  for (const w of cas.killed_singular) casualties.add(w, { kind: "casualty", what: "killed", singular: true }, { stems: false });
  for (const w of cas.injured_singular) casualties.add(w, { kind: "casualty", what: "injured", singular: true }, { stems: false });
  for (const what of ["none", "unknown", "both", "killed", "injured"] as const) {
    for (const w of cas[what]) casualties.add(w, { kind: "casualty", what });
  }
  for (const w of cas.killed_with_victims) casualties.add(w, { kind: "casualty", what: "killed", needsVictims: true });
  // Two layers: "مدني" is both a person (a count of one) and a civilian victim.
  const persons = new PhraseMatcher<AnnotationValue>();
  for (const w of cas.persons) persons.add(w, { kind: "person" });
  for (const w of cas.counted_people) persons.add(w, { kind: "people" });
  const civilians = new PhraseMatcher<AnnotationValue>();
  for (const w of cas.civilian_victims) civilians.add(w, { kind: "civilian" });

  const attribution = new PhraseMatcher<AnnotationValue>();
  for (const w of lex.attribution.source_heads) attribution.add(w, { kind: "source-head" });
  for (const w of lex.attribution.cues) attribution.add(w, { kind: "attribution" });

  const calendar = new PhraseMatcher<AnnotationValue>();
  for (const [w, offset] of Object.entries(lex.calendar.relative_days)) calendar.add(w, { kind: "relative-day", offset });
  for (const [w, r] of Object.entries(lex.calendar.relative_ranges)) calendar.add(w, { kind: "relative-range", offset: r.offset, precision: r.precision });
  for (const [w, month] of Object.entries(lex.calendar.months)) calendar.add(w, { kind: "month", month });
  for (const [w, day] of Object.entries(lex.calendar.weekdays)) calendar.add(w, { kind: "weekday", day });

  const placeWords = new PhraseMatcher<AnnotationValue>();
  for (const h of lex.placeWords.heads) placeWords.add(h.word, { kind: "place-word", placeKind: h.kind, plural: h.plural, inName: h.in_name, ...(h.singular ? { singular: h.singular } : {}) });
  for (const w of lex.placeWords.directions) placeWords.add(w, { kind: "direction" });
  for (const w of lex.placeWords.around) placeWords.add(w, { kind: "around" });

  const numbers = new PhraseMatcher<AnnotationValue>();
  for (const [w, value] of Object.entries(lex.numbers.cardinals)) numbers.add(w, { kind: "number-word", value });
  for (const [w, d] of Object.entries(lex.numbers.duals)) numbers.add(w, { kind: "dual", what: d.kind });
  for (const w of lex.numbers.vague) numbers.add(w, { kind: "vague" });
  for (const w of lex.numbers.lower_bound) numbers.add(w, { kind: "lower-bound" });
  for (const w of lex.numbers.one) numbers.add(w, { kind: "one" });

  const boilerplateLines = new Set(lex.boilerplate.whole_lines.map((w) => normalizeKey(w)));
  const layers = [
    { name: "entity", matcher: entities },
    { name: "trigger", matcher: triggers },
    { name: "cue", matcher: cues },
    { name: "modality", matcher: modality },
    { name: "casualty", matcher: casualties },
    { name: "person", matcher: persons },
    { name: "civilian", matcher: civilians },
    { name: "attribution", matcher: attribution },
    { name: "calendar", matcher: calendar },
    { name: "place-word", matcher: placeWords },
    { name: "number", matcher: numbers },
  ];
  return {
    layers,
    matcher: new LayeredMatcher(layers.map((l) => l.matcher)),
    boilerplatePhrases: new SubstringSet(lex.boilerplate.phrases.map(normalizeKey).filter(Boolean)),
    boilerplateLines,
    longestBoilerplateLine: Math.max(0, ...[...boilerplateLines].map((l) => l.length)),
    inter: new Map(lex.actors.actors.map((a) => [a.key, a.inter])),
    armedGroups: {
      heads: new Set(lex.roles.armed_group_heads.map(normalizeKey)),
      identities: new Set(lex.roles.armed_group_identities.map(normalizeKey)),
      qualifiers: new Set(lex.roles.armed_group_qualifiers.map(normalizeKey)),
      named: new Set(lex.roles.armed_group_named_identities.map(normalizeKey)),
      partitive: new Set(lex.roles.partitive.map(normalizeKey)),
    },
    actorAnaphors: new Map(lex.roles.actor_anaphors.map((a) => [normalizeKey(a.word), { head: normalizeKey(a.head), keys: new Set(a.keys) }])),
    armedUnits: {
      heads: new Set(lex.roles.armed_unit_heads.map(normalizeKey)),
      nameStops: new Set(lex.roles.armed_unit_name_stops.map(normalizeKey)),
      owner: new Set(lex.roles.armed_unit_owner_words.map(normalizeKey)),
    },
    weekdayNameOpeners: new Set(lex.calendar.weekday_name_openers.map(normalizeKey)),
    referenceCalendar: {
      latinMonths: new Map(Object.entries(lex.calendar.latin_months)),
      currentYear: lex.calendar.current_year_phrases.map((p) => normalizeKey(p).split(" ")),
    },
    operations: {
      heads: new Set(lex.roles.operation_heads.map(normalizeKey)),
      naming: new Set([...lex.roles.operation_naming_words, ...lex.roles.operation_naming_verbs].map(normalizeKey)),
      namingVerbs: new Set(lex.roles.operation_naming_verbs.map(normalizeKey)),
    },
  };
}

/**
 * The same lexicons with another entity layer: another country's actors and places. Every other
 * layer (triggers, cues, calendar …) is the base's, already compiled.
 */
export function withEntities(
  base: CompiledLexicons,
  lex: Lexicons,
  gazetteer: Gazetteer,
  notPlaceNames: ReadonlySet<string> = new Set(),
  countryside: ReadonlySet<string> = new Set(),
  aliasQualifiers: ReadonlySet<string> = new Set(),
): CompiledLexicons {
  const entities = compileEntities(lex, gazetteer, notPlaceNames, countryside, aliasQualifiers);
  const layers = base.layers.map((l) => (l.name === "entity" ? { name: "entity", matcher: entities } : l));
  return {
    ...base,
    layers,
    matcher: new LayeredMatcher(layers.map((l) => l.matcher)),
    inter: new Map(lex.actors.actors.map((a) => [a.key, a.inter])),
  };
}

/** Actors, credited sources and the gazetteer's names as written, in one layer (actors win on a tie). */
function compileEntities(
  lex: Lexicons,
  gazetteer: Gazetteer,
  notPlaceNames: ReadonlySet<string>,
  countryside: ReadonlySet<string>,
  aliasQualifiers: ReadonlySet<string>,
): PhraseMatcher<AnnotationValue> {
  const entities = new PhraseMatcher<AnnotationValue>();
  // Actors first: on an identical phrase the first entry wins ("تحرير الشام" is an actor, not a place).
  for (const a of lex.actors.actors) {
    for (const alias of a.air_aliases) entities.add(alias, { kind: "actor", key: a.key, air: true, artillery: false, generic: false });
    for (const alias of a.artillery_aliases) entities.add(alias, { kind: "actor", key: a.key, air: false, artillery: true, generic: false });
    for (const alias of a.aliases) entities.add(alias, { kind: "actor", key: a.key, air: false, artillery: false, generic: false });
  }
  for (const g of lex.actors.generic) {
    for (const alias of g.aliases) entities.add(alias, { kind: "actor", key: g.key, air: false, artillery: false, generic: true });
  }
  for (const s of lex.attribution.sources) {
    for (const alias of s.name_is_place ? s.aliases : [s.name, ...s.aliases]) entities.add(alias, { kind: "source", name: s.name });
  }
  for (const name of gazetteer.names()) {
    // "ريف حماة" is read by the countryside rule (an area with its direction), not as the governorate.
    if (name.length < 3 || notPlaceNames.has(name) || countryside.has(name.split(" ")[0]!)) continue;
    // Only names as written in the gazetteer (the index also holds forms with "ال" removed).
    // Disambiguating aliases ("عين عيسى في جبل التركمان") are for lookups, not text matching.
    if (name.split(" ").some((w) => aliasQualifiers.has(w))) continue;
    const written = gazetteer.lookup(name).filter((e) => [e.name_ar, ...e.aliases_ar].some((n) => normalizeKey(n) === name));
    const ids = written.map((e) => e.id);
    if (ids.length) entities.add(name, { kind: "place", ids });
  }
  return entities;
}
