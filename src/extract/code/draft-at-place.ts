import { eventTypeOf, type EventType } from "../../model/conflict-event.ts";
import type { CasualtyReading } from "../read/read-casualties.ts";
import type { PlaceMention } from "../read/place-mention.ts";
import type { DiscourseState, SentenceInput, ToldEvents } from "./build-events.ts";
import type { EventDraft } from "./event-draft.ts";
import type { Coding } from "./policy/coding.ts";
import type { RoleReading } from "./read-roles.ts";
import type { SubEventReading } from "./read-sub-event-type.ts";
import type { TriggerAnnotation } from "./sentence-context.ts";

/** What the events of one trigger share, whatever their place: its type, roles, coding and figures. */
export interface TriggerCoding {
  readonly trig: TriggerAnnotation;
  readonly typed: SubEventReading;
  readonly roleRead: RoleReading;
  readonly coding: Coding;
  readonly family: EventType;
  /** The figures of the trigger's own stretch of the sentence. */
  readonly own: CasualtyReading;
  /** The rule that put the trigger's places in scope, or "place:none". */
  readonly placeRule: string;
  /** The trigger is coded at more than one place: figures are then not given to each. */
  readonly multi: boolean;
}

type DraftProvenance = EventDraft["provenance"][number];

/**
 * The draft of one trigger at one of its places. Every provenance entry is built with the same
 * fields in the same order (an absent lexicon entry is `entry: undefined`), so the code that later
 * filters and copies provenance meets one object layout: a list mixing `{ field, rule, span }` with
 * `{ field, rule, entry, span }` keeps the engine's optimised code guessing between layouts
 * ("wrong map" deoptimisations), as a table whose rows sometimes lack a column would.
 * `drafts` is the sentence's drafts so far (a noun after a verb of the same family at the same
 * place is that verb's instrument, not a firm type of its own).
 */
export function draftAtPlace(input: SentenceInput, state: DiscourseState, t: TriggerCoding, place: PlaceMention, drafts: readonly EventDraft[]): EventDraft {
  const { s } = input;
  const toks = s.sentence.tokens;
  const { trig, typed, roleRead, coding, family, own, multi } = t;
  const entry = trig.value.entry;
  const a1 = roleRead.actor1;
  const actor1Span = coding.actor1 && coding.actor1 === a1?.key ? a1.span : null;
  const actor2Filler = roleRead.actor2 && coding.actor2 === roleRead.actor2.key ? roleRead.actor2 : null;
  const typeRules = [...typed.rules, ...coding.rules.filter((r) => r.startsWith("subtype") || r.startsWith("territory"))];
  const actor1Rules = [...roleRead.rules, ...coding.rules.filter((r) => r.startsWith("actor1") || r.startsWith("actors:"))];
  const actor2Rules = coding.rules.filter((r) => r.startsWith("actor2") || r.startsWith("actors:") || r.startsWith("territory"));
  // A sentence that names no day of its own tells of the same day as an earlier telling of this event.
  let date = input.date;
  if (date && date.first < 0) {
    const same = place.key ? firstTelling(state.told, family, place.key) : undefined;
    if (same) date = { date: same.date, precision: same.datePrecision, first: -1, last: -1, rule: "date:coreferent", ...(same.undated ? { undated: same.undated } : {}) };
  }
  const evStart = Math.min(toks[trig.first]!.start, actor1Span && actor1Span[0] >= s.sentence.start ? actor1Span[0] : Infinity);
  const evEnd = Math.max(toks[trig.last]!.end, place.nameEnd, ...(own.spans.length && !multi ? own.spans.map((c) => toks[c.last]!.end) : []));
  const provenance: DraftProvenance[] = [
    { field: "sub_event_type", rule: typeRules.join("+"), entry: trig.phrase, span: [toks[trig.first]!.start, toks[trig.last]!.end] },
    { field: "actor1", rule: actor1Rules.join("+") || "actors:none", entry: a1?.phrase ?? "", span: actor1Span ?? (coding.actor1 && a1 && !roleRead.actor1Named ? a1.span : null) },
    { field: "actor2", rule: actor2Filler ? "actors:target-marker" : coding.actor2 ? actor2Rules.join("+") || "actors:default" : "actors:none", entry: actor2Filler?.phrase ?? "", span: actor2Filler?.span ?? null },
    { field: "location", rule: `${t.placeRule}+${place.rule}`, entry: place.entry?.id ?? place.key, span: [place.nameStart, place.nameEnd] },
    { field: "date", rule: date?.rule ?? "date:none", entry: undefined, span: date && date.first >= 0 && date.first < toks.length ? [toks[Math.max(0, date.first)]!.start, toks[Math.min(toks.length - 1, date.last)]!.end] : null },
  ];
  // Each casualty phrase backs the field it sets: killed, injured, both ("none"), or the undivided total.
  for (const c of own.spans) {
    for (const field of casualtyFields(c.rule)) provenance.push({ field, rule: c.rule, entry: undefined, span: [toks[c.first]!.start, toks[c.last]!.end] });
  }
  return {
    sentence: s.sentence.index,
    sub: coding.sub,
    firmType: !entry.inherits && !entry.casualty && !entry.weak && !typed.rules.includes("subtype:previous-event") &&
      !(entry.pos === "noun" && drafts.some((o) => eventTypeOf(o.sub) === family && o.place.key === place.key)),
    actor1: coding.actor1,
    actor2: coding.actor2,
    place,
    admin1: place.admin1,
    date: date?.date ?? null,
    undated: date?.date ? null : (date?.undated ?? null),
    datePrecision: date?.precision ?? null,
    killed: multi ? (own.killed === 0 ? 0 : null) : own.killed,
    injured: multi ? (own.injured === 0 ? 0 : null) : own.injured,
    casualties: multi ? null : own.casualties,
    source: input.source,
    evStart,
    evEnd,
    provenance,
  };
}

/** The first draft told of this event type at this place in the earlier sentences, if any. */
function firstTelling(told: ToldEvents | null, family: EventType, placeKey: string): EventDraft | undefined {
  let first: EventDraft | undefined;
  for (let t = told; t !== null; t = t.earlier) {
    if (eventTypeOf(t.draft.sub) === family && t.draft.place.key === placeKey) first = t.draft;
  }
  return first;
}

function casualtyFields(rule: string): string[] {
  if (rule.startsWith("casualties:killed")) return ["killed"];
  if (rule.startsWith("casualties:injured")) return ["injured"];
  if (rule.startsWith("casualties:none")) return ["killed", "injured"];
  return ["casualties"];
}
