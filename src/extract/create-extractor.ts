import { normalizeKey } from "../text/normalize.ts";
import type { Article } from "../model/article.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";
import { createGeocoder } from "../places/create-geocoder.ts";
import { createLearnedDecisions, type LearnedDecisions } from "../learn/learned-decisions.ts";
import type { Resources } from "../resources/resources.ts";
import { annotateSentence, type AnnotatedSentence } from "./annotate/annotate-sentence.ts";
import { resolveAnaphors } from "./annotate/resolve-anaphors.ts";
import { codeEvents } from "./code/code-events.ts";
import { collectMentions } from "./output/collect-mentions.ts";
import { compileLexicons } from "./prepare/compiled-lexicons.ts";
import { attachPlaceless, dropCoarseDuplicates, mergeDrafts } from "./consolidate/merge-drafts.ts";
import { attributeClaims } from "./consolidate/attribute-claims.ts";
import { lendTolls } from "./consolidate/lend-tolls.ts";
import { prepareDocument } from "./prepare/prepare-document.ts";
import { readReferenceDay } from "./read/read-reference-day.ts";
import { readSentences } from "./read/read-sentences.ts";
import { createActorPolicy } from "./output/theatre-actors.ts";
import { countryOfSentences, createTheatreStages, type TheatreStage } from "./country/theatre-stages.ts";
import { createSentencePass, layersFor, type SentencePass } from "./country/sentence-pass.ts";
import { toConflictEvent } from "./output/to-conflict-event.ts";
import { wholeCountryPlace } from "./output/whole-country-place.ts";

/** An extractor compiled from resources once, then applied to many articles. */
export type Extractor = (article: Article, options?: ExtractOptions) => ArticleExtraction;

export interface ExtractOptions {
  /**
   * Whether to list the article's mentions (default true). `rasd extract` writes events only and
   * sets false: the mentions are then an empty list, and linking each one to its events is not done.
   */
  readonly mentions?: boolean;
}

/**
 * The pipeline, one line per stage. Each stage reads what the earlier ones returned and returns
 * new data; none changes what it was given.
 *
 *   prepare     text → normalised text with its offset map, sentences, tokens (boilerplate dropped)
 *   country     each sentence's country (names, demonyms, cities, datelines), hence its lexicons,
 *               places and coding defaults; its cues are matched in the lexicons' pass (sentence-pass.ts)
 *   annotate    sentences → lexicon layers (actors, places, triggers, cues, dates, numbers …)
 *   anaphors    "التنظيم" after "تنظيم داعش" → the group named before it
 *   reference   the day relative dates count from
 *   read        sentences → places, day, source, news or background
 *   code        news sentences → event drafts (trigger → type → roles → coding policy → places)
 *   tolls       figures in the headline or in a later toll sentence → the event they count
 *   claims      an attack left to an unidentified group → the one group the article says claimed it
 *   merge       drafts → one event per type × place × day of the article
 *   output      events with original offsets and provenance; mentions linked to them
 */
export function createExtractor(resources: Resources, decisions?: LearnedDecisions): Extractor {
  const lex = compileLexicons(resources.lexicons, resources.gazetteer, resources.placeNames.notPlaceNames, resources.placeNames.countryside, resources.placeNames.aliasQualifiers);
  const { roles, placeNames } = resources;
  // Each sentence is read with the lexicons, places and coding defaults of its country (theatre-stages.ts).
  const { syria, abroad } = resources.theatres;
  const stageFor = createTheatreStages(resources, { country: syria.country, lex, geocode: createGeocoder(resources.gazetteer) });
  // The learned decisions come from the models of the resources; training passes a recording stand-in.
  const learned = decisions ?? (resources.models ? createLearnedDecisions(resources.models) : null);
  // Lexicons and country cues are matched in one pass per sentence (sentence-pass.ts).
  const sentencePass = resources.world ? createSentencePass(lex, resources.world.cues) : null;
  const actorPolicy = resources.world ? createActorPolicy(resources.lexicons, resources.world.gazetteer.theatre.syria_only_actor_keys, syria.country) : null;

  // Each sentence asks for its country's capital: looked up once per country here, not searched per sentence.
  const capitals = new Map((resources.world?.gazetteer.theatre.countries ?? []).map((c) => [c.name_en, c.capitals_ar[0] ?? null] as const));
  const capitalOf = (country: string): string | null => capitals.get(country) ?? null;
  const capitalOfDemonym = new Map((resources.world?.gazetteer.theatre.countries ?? []).flatMap((c) => (c.capitals_ar[0] ? c.demonyms_ar.map((d) => [normalizeKey(d), normalizeKey(c.capitals_ar[0]!)] as const) : [])));
  const wholeCountry = resources.world ? wholeCountryPlace(resources.world.gazetteer, syria.country) : null;

  return (article, options = {}) => {
    const doc = prepareDocument(article, lex);
    // The per-sentence lists are filled by push, not made by .map: V8 lays out a list .map returns
    // one way while the calling function runs unoptimised and another once it is optimised (packed
    // vs holey elements), so every stage that had been optimised on the first kind was thrown away
    // when the second arrived, a few hundred articles in ("wrong map" in readSentences, codeEvents,
    // countryOfSentences at once).
    const passes: SentencePass[] | null = sentencePass ? [] : null;
    if (passes && sentencePass) for (const s of doc.sentences) passes.push(sentencePass(s.tokens));
    const countries = resources.world && passes ? countryOfSentences(doc, resources.world.cues, (i) => passes[i]!.cues).bySentence : [];
    const stages: TheatreStage[] = [];
    for (const s of doc.sentences) stages.push(stageFor(countries[s.index] ?? null));
    const annotated: AnnotatedSentence[] = [];
    for (let i = 0; i < doc.sentences.length; i++) {
      const sentence = doc.sentences[i]!;
      annotated.push(annotateSentence(sentence, stages[i]!.lex, passes ? layersFor(stages[i]!.lex, lex, passes[i]!, sentence.tokens) : undefined));
    }
    const resolved = resolveAnaphors(annotated, lex);
    const reference = readReferenceDay(article.published, resolved, lex.referenceCalendar);
    const readings = readSentences(doc, resolved, reference.day, { geocodeOf: (i) => stages[i]!.geocode, capitalOf: (i) => capitalOf(stages[i]!.country), capitalOfDemonym, placeNames, roles });
    const theatreOf = (i: number) => (stages[i]?.country === syria.country ? syria : abroad);
    const interOf = (i: number) => stages[i]?.lex.inter ?? lex.inter;
    const coded = codeEvents(readings, { roles, theatreOf, interOf, learned, doc });
    const drafts = attributeClaims(readings, lendTolls(readings, coded, roles), roles, theatreOf, interOf);
    const placed = attachPlaceless(drafts);
    // An article that names no place at all still reports its events, at an unknown location.
    const usable = placed.length || resolved.some((s) => s.annotations.some((a) => a.value.kind === "place")) ? placed : drafts;
    const events = dropCoarseDuplicates(mergeDrafts(usable)).map((d) => {
      const country = d.place.entry?.country ?? countries[d.sentence] ?? null;
      return toConflictEvent(d, article, doc.norm, { placeNames, country, actorPolicy, wholeCountry: d.place.rule === "place:none" ? wholeCountry?.(country, doc.norm.text, d.evStart) ?? null : null, reference });
    });
    return { article_id: article.id, events, mentions: options.mentions === false ? [] : collectMentions(resolved, events, article, doc.norm) };
  };
}
