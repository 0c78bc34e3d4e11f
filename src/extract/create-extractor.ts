import type { Article } from "../model/article.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";
import { eventTypeOf, type ConflictEvent } from "../model/conflict-event.ts";
import type { Mention, MentionKind } from "../model/mention.ts";
import { createGeocoder } from "../places/create-geocoder.ts";
import { keepEventPlaces, reviseDrafts } from "../learn/apply-learned-decisions.ts";
import { createLearnedDecisions, type LearnedDecisions } from "../learn/learned-decisions.ts";
import type { Resources } from "../resources/resources.ts";
import { normalizeKey, originalSpan } from "../text/normalize.ts";
import { annotateSentence, type AnnotatedSentence } from "./annotate-sentence.ts";
import { buildEvents, type DiscourseState } from "./build-events.ts";
import { compileLexicons } from "./compiled-lexicons.ts";
import type { EventDraft } from "./event-draft.ts";
import { findPlaces } from "./find-places.ts";
import { attachPlaceless, dropCoarseDuplicates, mergeDrafts } from "./merge-drafts.ts";
import { prepareDocument } from "./prepare-document.ts";
import { namesTimeAgo, readDate, yearsNamed } from "./read-date.ts";
import { readSource } from "./read-source.ts";
import { eventId } from "./event-id.ts";

/** An extractor compiled from resources once, then applied to many articles. */
export type Extractor = (article: Article) => ArticleExtraction;

/**
 * The pipeline, one line per stage: prepare (normalise, boilerplate, sentences, tokens) → annotate
 * (lexicon layers) → places → date, source → events → merge (one per type × place × day) → output
 * with original offsets and provenance.
 */
export function createExtractor(resources: Resources, decisions?: LearnedDecisions): Extractor {
  const lex = compileLexicons(resources.lexicons, resources.gazetteer, resources.placeNames.notPlaceNames, resources.placeNames.countryside, resources.placeNames.aliasQualifiers);
  const geocode = createGeocoder(resources.gazetteer);
  const { roles, placeNames } = resources;
  // The learned decisions come from the models of the resources; training passes a recording stand-in.
  const learned = decisions ?? (resources.models ? createLearnedDecisions(resources.models) : null);

  return (article) => {
    const doc = prepareDocument(article, lex);
    const orig = (start: number, end: number): string => {
      const o = originalSpan(doc.norm, start, end);
      return article.text.slice(o.start, o.end);
    };
    const pubYear = article.published ? Number(article.published.slice(0, 4)) : null;
    const state: DiscourseState = { lastActor1: new Map(), lastPlaces: [], lastSource: null, lastDate: null, lastSub: null, drafts: [], lastSourceParagraph: -1 };
    const drafts: EventDraft[] = [];
    const annotated: AnnotatedSentence[] = [];
    const admin1Counts = new Map<string, number>();
    let lastParagraph = -1;

    for (const sentence of doc.sentences) {
      const s = annotateSentence(sentence, lex);
      annotated.push(s);
      if (sentence.paragraph !== lastParagraph) {
        state.lastPlaces = [];
        lastParagraph = sentence.paragraph;
      }
      const hint = [...admin1Counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      const places = findPlaces(s, { geocode, rules: placeNames, text: doc.norm.text, admin1Hint: hint });
      for (const p of places) if (p.admin1) admin1Counts.set(p.admin1, (admin1Counts.get(p.admin1) ?? 0) + 1);

      // Dated background ("في عام 2020 …") is not coded.
      const years = yearsNamed(s, roles.yearMarkers);
      const background = years.length > 0 && years.every((y) => (pubYear ? y < pubYear : true));
      let date = readDate(s, article.published);
      if (date && date.date && article.published && Date.parse(article.published) - Date.parse(date.date) > 40 * 86_400_000) continue;
      if (background && !date) continue;
      if (namesTimeAgo(s, roles.backgroundBefore, roles.backgroundUnits)) continue;
      // A month and year with no day ("بحلول أيلول 2016") dates history, not news.
      if (date && date.precision === 3 && date.rule === "date:month-year") continue;
      if (!date && state.lastDate) date = { ...state.lastDate, first: -1, last: -1, rule: "date:lead" };
      if (!date && article.published) date = { date: article.published, precision: 2, first: -1, last: -1, rule: "date:published" };
      // The first dated sentence gives the article's lead date, used where a sentence names no day.
      if (date && date.first >= 0 && !state.lastDate) state.lastDate = date;
      if (sentence.headline) continue;

      const src = readSource(s, orig, roles.sourceNameStops);
      const continues = sentence.tokens[0] ? sentence.tokens[0].forms.some((f) => roles.continuation.has(f)) : false;
      // A sentence with no attribution of its own keeps the last one of its paragraph, or one it continues (وأضاف).
      const source = src?.name ?? (continues || sentence.paragraph === state.lastSourceParagraph ? state.lastSource : null);
      if (src) {
        state.lastSource = src.name;
        state.lastSourceParagraph = sentence.paragraph;
      }

      // Learned decisions (src/learn): origins, destinations and home villages are no event's place;
      // background, plans and speech code nothing; a generic trigger is typed by its clause.
      const eventPlaces = learned ? keepEventPlaces(learned, doc, s, places) : places;
      const built = buildEvents({ s, places: eventPlaces, date, source, published: article.published, roles, inter: lex.inter }, state);
      const events = learned ? reviseDrafts(learned, doc, s, built) : built;
      drafts.push(...events);
      const targets = eventPlaces.filter((p) => p.role === "target");
      if (targets.length) state.lastPlaces = targets;
    }

    const placed = attachPlaceless(drafts);
    // An article that names no place at all still reports its events, at an unknown location.
    const usable = placed.length || annotated.some((s) => s.annotations.some((a) => a.value.kind === "place")) ? placed : drafts;
    const merged = dropCoarseDuplicates(mergeDrafts(usable));
    const events: ConflictEvent[] = merged.map((d) => toEvent(d));
    return { article_id: article.id, events, mentions: collectMentions(annotated, events) };

    function toEvent(d: EventDraft): ConflictEvent {
      const ev = originalSpan(doc.norm, d.evStart, d.evEnd);
      const e = d.place.entry;
      const nameSpan = originalSpan(doc.norm, d.place.nameStart, d.place.nameEnd);
      const placeName = d.place.rule === "place:none" ? "" : d.place.key.includes(" ") && normalizeKey(article.text.slice(nameSpan.start, nameSpan.end)) !== d.place.key
        ? d.place.key
        : article.text.slice(nameSpan.start, nameSpan.end).replace(/^[«»"“”'()\s]+|[«»"“”'()\s]+$/g, "");
      const location = {
        name_ar: placeName,
        admin1: d.admin1 ?? e?.admin1 ?? null,
        admin2: e?.admin2 ?? null,
        admin3: e?.admin3 ?? null,
        admin1_ar: e?.admin1_ar ?? null,
        pcode: e?.pcode ?? null,
        lat: e?.lat ?? null,
        lon: e?.lon ?? null,
        precision: d.place.precision,
        gazetteer_id: e?.id ?? null,
      };
      const event_type = eventTypeOf(d.sub);
      return {
        article_id: article.id,
        event_id: eventId(d.date, location.gazetteer_id ?? d.place.key, d.sub),
        event_type,
        sub_event_type: d.sub,
        actor1: d.actor1,
        actor2: d.actor2,
        location,
        date: d.date,
        date_precision: d.datePrecision,
        killed: d.killed,
        injured: d.injured,
        ...(d.casualties !== null ? { casualties: d.casualties } : {}),
        source: d.source ?? article.outlet ?? null,
        evidence: { start: ev.start, end: ev.end, text: article.text.slice(ev.start, ev.end) },
        ...(d.note ? { note: d.note } : {}),
        provenance: d.provenance.map((p) => {
          const o = p.span ? originalSpan(doc.norm, p.span[0], p.span[1]) : null;
          return { field: p.field, rule: p.rule, ...(p.entry ? { entry: p.entry } : {}), evidence: o ? { start: o.start, end: o.end, text: article.text.slice(o.start, o.end) } : null };
        }),
      };
    }

    function collectMentions(sentences: readonly AnnotatedSentence[], evs: readonly ConflictEvent[]): Mention[] {
      const KIND: Partial<Record<string, MentionKind>> = { actor: "actor", place: "place", trigger: "trigger", casualty: "casualty", source: "source", "source-head": "source", "relative-day": "date", weekday: "date", month: "date", "number-word": "number", modality: "negation" };
      const out: Mention[] = [];
      for (const s of sentences) {
        for (const a of s.annotations) {
          const kind = KIND[a.value.kind];
          if (!kind) continue;
          const t = s.sentence.tokens;
          const o = originalSpan(doc.norm, t[a.first]!.start, t[a.last]!.end);
          const ids = evs.filter((e) => e.provenance.some((p) => p.evidence && p.evidence.start <= o.start && o.end <= p.evidence.end)).map((e) => e.event_id);
          const v = a.value;
          const value = v.kind === "actor" ? v.key : v.kind === "trigger" ? v.entry.sub_event_type : v.kind === "place" ? (v.ids[0] ?? null) : v.kind === "source" ? v.name : a.phrase;
          out.push({ kind, start: o.start, end: o.end, text: article.text.slice(o.start, o.end), value, rule: `lexicon:${a.value.kind}`, event_ids: [...new Set(ids)] });
        }
      }
      return out;
    }
  };
}
