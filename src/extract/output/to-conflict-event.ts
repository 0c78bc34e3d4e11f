import type { Article } from "../../model/article.ts";
import { eventTypeOf, type ConflictEvent } from "../../model/conflict-event.ts";
import { normalizeKey, originalSpan, type Normalized } from "../../text/normalize.ts";
import type { EventDraft } from "../code/event-draft.ts";
import { eventId } from "./event-id.ts";
import type { PlaceNameRules } from "../read/place-name-rules.ts";
import { UNLISTED_GROUP } from "../annotate/annotate-sentence.ts";
import { actorKeyIn, writtenActorName, type ActorPolicy } from "./theatre-actors.ts";
import { spellAsWritten } from "./spell-as-written.ts";
import { writePlaceName } from "./write-place-name.ts";
import type { WholeCountryPlace } from "./whole-country-place.ts";
import { fullestActorName } from "./fullest-actor-name.ts";
import type { ReferenceDay } from "../read/read-reference-day.ts";
import { ARTICLE, FOR, withoutConjunction } from "../../text/word-forms.ts";

/** "لـ" before a quoted name ("لواء لـ«النسور»"): the preposition, not part of the name. */
const FOR_BEFORE_QUOTE = new RegExp(`^${FOR}ـ?(?=["«“])`);

export interface OutputContext {
  readonly placeNames: PlaceNameRules;
  /** The event's country (English), from its place or the sentence's reading. */
  readonly country: string | null;
  /** How actor keys are written outside Syria; null writes the keys as coded. */
  readonly actorPolicy: ActorPolicy | null;
  /** Abroad, the whole country, written for an event that names no place (see whole-country-place.ts). */
  readonly wholeCountry?: WholeCountryPlace | null;
  /** The day an undated article's relative dates were read against: its rule and words back the date. */
  readonly reference?: ReferenceDay;
}

/** The tatweel (U+0640), a stroke that stretches a word for layout. */
const TATWEEL = /\u0640/g;

/**
 * Stage: a draft as an output event, every span mapped back to the original text; outside Syria
 * Syrian keys and the region's actors are written OTHER:<name as in the text>.
 */
export function toConflictEvent(d: EventDraft, article: Article, norm: Normalized, ctx: OutputContext): ConflictEvent {
  const ev = originalSpan(norm, d.evStart, d.evEnd);
  const e = d.place.entry;
  const nameSpan = originalSpan(norm, d.place.nameStart, d.place.nameEnd);
  const writtenPlace = withArticleRestored(article.text.slice(nameSpan.start, nameSpan.end), d.place.key);
  // A multi-word key read through a lexicon form that differs from the text keeps the key's spelling.
  const whole = d.place.rule === "place:none" ? ctx.wholeCountry ?? null : null;
  const raw = d.place.rule === "place:none" ? whole?.name_ar ?? "" : d.place.spelled !== undefined ? d.place.spelled : (d.place.key.includes(" ") || ctx.placeNames.capitalWords.has(normalizeKey(writtenPlace))) && normalizeKey(writtenPlace) !== d.place.key ? spellAsWritten(d.place.key, `${writtenPlace} ${article.text.slice(ev.start, ev.end)}`) : writtenPlace;
  const location = {
    name_ar: writePlaceName(raw, ctx.placeNames),
    country: ctx.country,
    admin1: d.admin1 ?? e?.admin1 ?? whole?.admin1 ?? null,
    admin2: e?.admin2 ?? null,
    admin3: e?.admin3 ?? null,
    admin1_ar: e?.admin1_ar ?? null,
    pcode: e?.pcode ?? null,
    lat: e?.lat ?? null,
    lon: e?.lon ?? null,
    precision: d.place.precision,
    gazetteer_id: e?.id ?? null,
  };
  /** The actor's name as it stands in the text, for OTHER:<name> keys. */
  function written(field: string): string | null {
    const p = d.provenance.find((x) => x.field === field);
    if (!p?.span || !p.entry) return null;
    const o = originalSpan(norm, p.span[0], p.span[1]);
    // The tatweel that stretches a word for layout ("مقـاتلي") is no letter of the name.
    return writtenActorName(article.text.slice(o.start, o.end), p.entry).replace(TATWEEL, "");
  }
  /** The key as written for the event's country; an unlisted armed group by its name in the text. */
  function keyOf(field: "actor1" | "actor2", key: string | null): string | null {
    if (key === UNLISTED_GROUP) {
      // The name is the phrase's words at the end of the span ("مجموعات من عشائر البدو" → "عشائر البدو").
      const phrase = d.provenance.find((x) => x.field === field)?.entry ?? "";
      const words = written(field)?.split(/\s+/) ?? [];
      // Quotation marks around a unit's name ("لواء «النسور»") are not part of it.
      const name = words.slice(Math.max(0, words.length - phrase.split(" ").length)).join(" ").replace(FOR_BEFORE_QUOTE, "").replace(/["«»“”]/g, "").trim();
      return name ? `OTHER:${name}` : null;
    }
    if (!ctx.actorPolicy) return key;
    // "معارك بين ميليشيات متخاصمة": a side fighting its own kind, coded with no words of its own, is
    // written by the other side's name, one group on both sides.
    const w = written(field) ?? (field === "actor2" && key !== null && key === d.actor1 ? written("actor1") : null);
    // Abroad, a catalogue actor is named through the article by its fullest name there (fullest-actor-name.ts).
    const aliases = key !== null && w !== null && ctx.country !== ctx.actorPolicy.home && ctx.actorPolicy.otherNames.has(key) ? ctx.actorPolicy.aliases.get(key) : undefined;
    const full = aliases ? fullestActorName(w!, aliases, norm.text) : w;
    return actorKeyIn(ctx.country, key, full, ctx.actorPolicy);
  }
  return {
    article_id: article.id,
    event_id: eventId(d.date, location.gazetteer_id ?? d.place.key, d.sub),
    event_type: eventTypeOf(d.sub),
    sub_event_type: d.sub,
    actor1: keyOf("actor1", d.actor1),
    actor2: keyOf("actor2", d.actor2),
    location,
    date: d.date,
    date_precision: d.datePrecision,
    killed: d.killed,
    injured: d.injured,
    ...(d.casualties !== null ? { casualties: d.casualties } : {}),
    source: d.source ?? article.outlet ?? null,
    evidence: { start: ev.start, end: ev.end, text: article.text.slice(ev.start, ev.end) },
    ...(d.note ? { note: d.note } : {}),
    provenance: [...d.provenance, ...referenceProvenance(d, ctx.reference)].map((p) => {
      // An event abroad with no place of its own stands in the whole country: its words are the country's name.
      const span = whole && p.field === "location" ? whole.span : p.span;
      const rule = whole && p.field === "location" ? `${p.rule}+place:whole-country` : p.rule;
      const o = span ? originalSpan(norm, span[0], span[1]) : null;
      return { field: p.field, rule, ...(p.entry ? { entry: p.entry } : {}), evidence: o ? { start: o.start, end: o.end, text: article.text.slice(o.start, o.end) } : null };
    }),
  };
}

/** A date an undated article read against a day its text fixes is backed by that day's rule and words as well. */
function referenceProvenance(d: EventDraft, reference: ReferenceDay | undefined): EventDraft["provenance"] {
  if (!reference?.span || d.date === null) return [];
  return [{ field: "date", rule: reference.rule, entry: undefined, span: [reference.span[0], reference.span[1]] }];
}

/**
 * "الأطراف الغربية للرستن": the preposition ل before the article writes "لل", the article's alef
 * dropped, so the name cannot be cut out of the word; it is written with its article again ("الرستن")
 * when the name read is the one with the article.
 */
function withArticleRestored(written: string, key: string): string {
  const bare = withoutConjunction(written) ?? written;
  // ل + ال is written with the article's alef dropped: "لل".
  const lil = FOR + ARTICLE.slice(1);
  if (!bare.startsWith(lil) || !key.startsWith(ARTICLE)) return written;
  const restored = ARTICLE + bare.slice(lil.length);
  return normalizeKey(restored).split(" ")[0] === key.split(" ")[0] ? restored : written;
}
