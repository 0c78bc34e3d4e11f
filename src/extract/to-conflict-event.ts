import type { Article } from "../model/article.ts";
import { eventTypeOf, type ConflictEvent } from "../model/conflict-event.ts";
import { normalizeKey, originalSpan, type Normalized } from "../text/normalize.ts";
import type { EventDraft } from "./event-draft.ts";
import { eventId } from "./event-id.ts";
import type { PlaceNameRules } from "./place-name-rules.ts";
import { writePlaceName } from "./write-place-name.ts";

/** Stage: a draft as an output event, every span mapped back to the original text. */
export function toConflictEvent(d: EventDraft, article: Article, norm: Normalized, placeNames: PlaceNameRules): ConflictEvent {
  const ev = originalSpan(norm, d.evStart, d.evEnd);
  const e = d.place.entry;
  const nameSpan = originalSpan(norm, d.place.nameStart, d.place.nameEnd);
  const written = article.text.slice(nameSpan.start, nameSpan.end);
  // A multi-word key read through a lexicon form that differs from the text keeps the key's spelling.
  const raw = d.place.rule === "place:none" ? "" : d.place.key.includes(" ") && normalizeKey(written) !== d.place.key ? d.place.key : written;
  const location = {
    name_ar: writePlaceName(raw, placeNames),
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
  return {
    article_id: article.id,
    event_id: eventId(d.date, location.gazetteer_id ?? d.place.key, d.sub),
    event_type: eventTypeOf(d.sub),
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
      const o = p.span ? originalSpan(norm, p.span[0], p.span[1]) : null;
      return { field: p.field, rule: p.rule, ...(p.entry ? { entry: p.entry } : {}), evidence: o ? { start: o.start, end: o.end, text: article.text.slice(o.start, o.end) } : null };
    }),
  };
}
