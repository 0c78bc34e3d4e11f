import { formSetOf } from "../../text/form-set.ts";
import { eventTypeOf, type EventType, type SubEventType } from "../../model/conflict-event.ts";
import type { PlaceMention } from "../read/place-mention.ts";
import { clauseOf, previousTrigger, type SentenceContext, type TriggerAnnotation } from "./sentence-context.ts";

export interface PlaceScope {
  readonly places: readonly PlaceMention[];
  readonly rule: string;
}

const familyOf = (t: TriggerAnnotation): EventType => eventTypeOf(t.value.entry.sub_event_type as SubEventType);

/**
 * The places a trigger's event happened at. After the trigger up to the next predicate (a verb of
 * another event type, or any new trigger once a place stands between them: "تصدى … لمحاولة تقدم …
 * على محور X" is one predicate), else before it inside its clause, else the places of the last
 * sentence (or one fronted at its head: "وفي الموصل، …"). A place right after another event's noun ("لهجمات قرية X") belongs to that event; a
 * place already claimed by an event of another type in this sentence is not shared, except with a
 * strike, shelling or attack on civilians told beside it (its own event at that place and day).
 */
export function placesInScope(ctx: SentenceContext, trig: TriggerAnnotation, family: EventType, claimed: ReadonlyMap<PlaceMention, EventType>, lastPlaces: readonly PlaceMention[]): PlaceScope {
  const toks = ctx.s.sentence.tokens;
  const clause = clauseOf(ctx, trig);
  const prevTrig = previousTrigger(ctx, trig);
  const plain = (t: TriggerAnnotation): boolean => !t.value.entry.inherits && !t.value.entry.casualty;
  const nextOther = ctx.candidates.find((t) => t.first > trig.last && t.value.entry.pos === "verb" && plain(t) && familyOf(t) !== family);
  // "استهدفت إحدى الضربتين معسكراً غربي X، والثانية استهدفت جسراً قرب Y": the same verb told again
  // opens the next happening's clause, weak as it is.
  const nextAny = ctx.candidates.find((t) => t.first > trig.last && (t.value.entry.id === trig.value.entry.id || (!t.value.entry.weak && plain(t))));
  const placeBetween = nextAny && ctx.places.some((p) => p.first > trig.last && p.last < nextAny.first);
  const limit = Math.min(nextOther ? nextOther.first : toks.length, nextAny && placeBetween ? nextAny.first : toks.length, clause.end, coincidenceAfter(ctx, trig));
  const attached = (p: PlaceMention): boolean =>
    ctx.candidates.some((t) => t !== trig && t.last < p.first && p.first - t.last <= 2 && familyOf(t) !== family && plain(t) && !t.value.entry.territory);
  // A place claimed by another type's event stays in reach of a strike, shelling or attack on
  // civilians told with it (GUIDELINES: the shelling beside a battle at one place and day is an
  // event of its own). Battles and developments do not share: measured, that split one happening.
  const shares = family === "Explosions/Remote violence" || family === "Violence against civilians";
  const free = ctx.places.filter((p) => (shares || (claimed.get(p) ?? family) === family) && !attached(p));
  const after = free.filter((p) => p.first > trig.last && p.first < limit);
  const before = free.filter((p) => p.last < trig.first && p.first > Math.max(prevTrig?.last ?? -1, clause.start));
  // "وفي الموصل، قال مصدر إن …": a place fronted at the head of the sentence frames all of it.
  const fronted = free.filter((p) => p.role === "target" && p.first <= 2 && p.last < trig.first).slice(0, 1);
  const scopes: PlaceScope[] = [
    { places: after, rule: "place:after-trigger" },
    { places: before, rule: "place:before-trigger" },
    { places: fronted, rule: "place:fronted" },
    { places: lastPlaces, rule: "place:previous-sentence" },
  ];
  // The first scope that names where it happened; failing that, the first that says near what.
  const found = scopes.find((x) => x.places.some((p) => p.role === "target")) ?? scopes.find((x) => x.places.some((p) => p.entry));
  if (found) return found;
  return { places: [], rule: "place:none" };
}

/**
 * Where a happening told as coinciding with this trigger's begins: "انفجرت عبوة في السوق، بالتزامن مع هجوم
 * على قريتي X وY" (the coincidence word after the trigger), "تزامن الانفجار مع هجوم على قريتي X وY" (a
 * coincidence verb right before it: from its "مع"). The villages are the attack's, not the blast's.
 * The token count when there is none.
 */
function coincidenceAfter(ctx: SentenceContext, trig: TriggerAnnotation): number {
  const toks = ctx.s.sentence.tokens;
  const coincidence = formSetOf(ctx.roles.coincidence);
  const verbBefore = trig.first > 0 && coincidence.has(toks[trig.first - 1]!);
  const withWord = formSetOf(ctx.roles.coincidenceWith);
  for (let k = trig.last + 1; k < toks.length; k++) {
    // "هجوماً متزامناً على نقاط في قرية X": right after the trigger and without "مع", the word only says
    // the attack struck several places at once (an adjective of it); no second happening begins.
    if (k === trig.last + 1 && coincidence.has(toks[k]!) && !(k + 1 < toks.length && withWord.has(toks[k + 1]!))) continue;
    if (coincidence.has(toks[k]!) || (verbBefore && withWord.has(toks[k]!))) return k;
  }
  return toks.length;
}

/**
 * The event places among those in scope: every precision-1 target (each its own event), else the
 * most specific area. With only "near X" in reach, the event is near X (precision 2 at best). A
 * whole country places nothing (ACLED codes no country-level event).
 */
export function choosePlaces(inScope: readonly PlaceMention[]): PlaceMention[] {
  // One pass per question instead of a chain of filter/map/find: a chain hands arrays to the next
  // step, and an empty array has another internal layout than a filled one (V8's elements kind),
  // so optimised code that had only seen filled lists was thrown away ("wrong map") at the first
  // empty one: a sentence naming only "ريف إدلب" after ten naming villages.
  let anyTarget = false;
  for (const p of inScope) if (counts(p) && p.role === "target") anyTarget = true;
  if (!anyTarget) {
    // Near places only: the first at precision 2 at best, else the first at 3; raised to 2 at least.
    let area: PlaceMention | undefined;
    for (const p of inScope) if (counts(p) && p.entry && p.precision <= 2) { area = p; break; }
    if (!area) for (const p of inScope) if (counts(p) && p.entry && p.precision === 3) { area = p; break; }
    return area ? [{ ...area, precision: Math.max(2, area.precision) as 2 | 3 }] : [];
  }
  const exact: PlaceMention[] = [];
  const seen = new Set<string>();
  let area2: PlaceMention | undefined;
  let area3: PlaceMention | undefined;
  for (const p of inScope) {
    if (!counts(p) || p.role !== "target") continue;
    if (p.precision === 1) {
      if (!seen.has(p.key)) {
        seen.add(p.key);
        exact.push(p);
      }
    } else if (p.precision === 2) area2 ??= p;
    else area3 ??= p;
  }
  if (exact.length) {
    // "انسحبوا من مناطق X وY وتل Z": names listed under one head are peers, places of the same
    // grain as the hill listed with them, though the area head alone would make them coarser.
    for (const p of inScope) {
      if (!counts(p) || p.role !== "target" || p.precision !== 2 || p.entry || p.list < 0 || !p.rule.startsWith("place:head") || seen.has(p.key)) continue;
      if (exact.some((q) => q.list === p.list)) {
        seen.add(p.key);
        exact.push({ ...p, precision: 1 });
      }
    }
    // "غارات على الحديدة وصنعاء والجوف وصعدة": a governorate listed with towns is a peer of theirs,
    // an event place of its own (precision 3), not an area that yields to them.
    for (const p of inScope) {
      if (!counts(p) || p.role !== "target" || p.list < 0 || p.entry?.kind !== "governorate" || seen.has(p.key)) continue;
      if (exact.some((q) => q.list === p.list)) {
        seen.add(p.key);
        exact.push(p);
      }
    }
    return exact;
  }
  // "جبلي X وY", "سهول X وY": areas listed under one plural head are each a place of their own.
  if (area2 && area2.list >= 0 && area2.rule.startsWith("place:head")) {
    const listed: PlaceMention[] = [];
    for (const p of inScope) if (counts(p) && p.role === "target" && p.precision === 2 && p.list === area2.list && !listed.some((q) => q.key === p.key)) listed.push(p);
    return listed;
  }
  const area = area2 ?? area3;
  return area ? [area] : [];
}

/**
 * A whole country places nothing, unless it is the area around the event. Nor does the dateline: it
 * names where the report was filed (GUIDELINES), and an event whose own place went unread is elsewhere
 * more often than there ("بيروت - … استهداف موقع X").
 */
function counts(p: PlaceMention): boolean {
  return p.rule !== "place:dateline" && !(p.entry?.kind === "country" && p.rule !== "place:area-around");
}
