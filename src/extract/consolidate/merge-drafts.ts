import { eventTypeOf, type SubEventType } from "../../model/conflict-event.ts";
import type { EventDraft } from "../code/event-draft.ts";
import { distanceKm } from "../../places/distance-km.ts";

/**
 * Stage: one event per sub-event type × place × day in an article (GUIDELINES: the shelling and the
 * air strike beside a battle are events of their own). A telling whose trigger does not name the
 * kind of violence ("استهدفت", "الهجوم", a death) joins an event of its type family at that place
 * and day. A happening told twice keeps its first telling and takes missing fields from the later
 * ones; two figures for one count keep the lower (ACLED's conservative rule).
 */
export function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const byKey = new Map<string, EventDraft>();
  // With no publication day, a telling that names no day is of the article's day, as "اليوم" is (a
  // dated article gives both the publication day): "غارات على أطراف البلدة" and "شنت الطائرات مساء
  // اليوم غارات على أطراف البلدة" are one strike; "أمس" stays another day.
  const where = (d: EventDraft): string => `${d.place.entry?.id ?? d.place.key}|${d.place.precision}|${d.date ?? d.undated ?? "day0"}`;
  const join = (key: string, d: EventDraft): void => {
    const prev = byKey.get(key);
    byKey.set(key, prev ? combine(prev, d) : d);
  };
  for (const d of drafts) if (d.firmType) join(`${typeKey(d)}|${where(d)}`, d);
  for (const d of drafts) {
    if (d.firmType) continue;
    const firm = [...byKey.keys()].find((k) => k.endsWith(`|${where(d)}`) && eventTypeOf(byKey.get(k)!.sub) === eventTypeOf(d.sub));
    join(firm ?? `${eventTypeOf(d.sub)}|${where(d)}`, d);
  }
  // Keep the article's order of first tellings.
  return [...byKey.values()].sort((a, b) => a.sentence - b.sentence || a.evStart - b.evStart);
}

/**
 * The sub-event type, except in battles and protests: clashes at a place on the day it is taken
 * are how it was taken (one event, coded as the capture); a protest that is dispersed or fired on
 * is one protest, coded by what was done to it.
 */
function typeKey(d: EventDraft): string {
  const family = eventTypeOf(d.sub);
  return family === "Battles" || family === "Protests" ? family : d.sub;
}

/** Within one event of a family, the sub-event type that says most. */
const SEVERITY: Partial<Record<SubEventType, number>> = {
  "Government regains territory": 2,
  "Non-state actor overtakes territory": 2,
  "Armed clash": 1,
  "Excessive force against protesters": 3,
  "Protest with intervention": 2,
  "Peaceful protest": 1,
};

function combine(prev: EventDraft, d: EventDraft): EventDraft {
  // The later telling's type wins when it says more (the capture over the clashes that took it).
  const stronger = (SEVERITY[d.sub] ?? 0) > (SEVERITY[prev.sub] ?? 0);
  const low = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));
  // An attacker the text names beats one the first telling only defaulted to ("انفجار جسم من مخلفات
  // قصف قوات النظام": the blast alone is by an unidentified hand, the remnant names whose shelling).
  const namedFirst = d.actor1 !== null && !namesActor1(prev) && namesActor1(d);
  // Appended by push, not spread from a .map: see create-extractor.
  const provenance: EventDraft["provenance"][number][] = [];
  for (const p of prev.provenance) if (!(namedFirst && p.field === "actor1")) provenance.push(p);
  for (const p of d.provenance) provenance.push({ ...p, rule: `${p.rule}+merged` });
  return {
    ...prev,
    sub: stronger ? d.sub : prev.sub,
    actor1: stronger || namedFirst ? d.actor1 ?? prev.actor1 : prev.actor1 ?? d.actor1,
    actor2: prev.actor2 ?? d.actor2,
    killed: low(prev.killed, d.killed),
    injured: low(prev.injured, d.injured),
    casualties: low(prev.casualties, d.casualties),
    datePrecision: prev.datePrecision ?? d.datePrecision,
    provenance,
  };
}

/** Whether the draft's attacker is named by words of the text (a span), not defaulted. */
function namesActor1(d: EventDraft): boolean {
  return d.actor1 !== null && d.provenance.some((p) => p.field === "actor1" && p.span !== null);
}

/**
 * A governorate-level event (precision 3) of a type the article also codes at a finer place in
 * that governorate is the same fighting summarised, not another event. Its figures are not lost
 * with it: a lead that tolls the happening broadly ("مقتل 6 مدنيين بقصف على ريف حلب الشرقي") and a
 * later sentence that places it ("سقطت القذائف على بلدة تادف") tell one event, so the toll goes to
 * the finer telling when it is the only one of that type there; over several finer places the
 * toll is not split (GUIDELINES).
 */
export function dropCoarseDuplicates(drafts: readonly EventDraft[]): EventDraft[] {
  const kept = drafts.filter(
    (d) =>
      (d.place.precision < 3 ||
        !drafts.some((o) => o !== d && o.place.precision < 3 && eventTypeOf(o.sub) === eventTypeOf(d.sub) && (o.admin1 === d.admin1 || !d.admin1))) &&
      // An area event of the same sub-type and day as a village event there is the same fighting, told broadly.
      (d.place.precision < 2 ||
        !drafts.some((o) => o !== d && o.place.precision === 1 && o.sub === d.sub && o.admin1 === d.admin1 && (o.date === d.date || !d.date || !o.date) && withinAreaOf(d, o))) &&
      // So is a countryside or desert of a governorate beside a named locality of it ("كمين لدورية
      // بريف حماة الشرقي" in the lead, "نُصب الكمين في منطقة الخريطة" after it; "في بادية حماة", then
      // "قرب بادية السلمية"): the locality, an area too, is the finer telling.
      (!isRegion(d) ||
        !drafts.some((o) => o !== d && o.place.precision === 2 && (o.place.rule.startsWith("place:head-") || o.place.rule === "place:surroundings") && !isRegion(o) && o.place.key !== d.place.key && o.sub === d.sub && !!d.admin1 && o.admin1 === d.admin1 && (o.date === d.date || !d.date || !o.date))),
  );
  if (kept.length === drafts.length) return kept;
  const out = [...kept];
  for (const d of drafts) {
    if (kept.includes(d) || !hasFigures(d) || !aloneInSentence(drafts, d)) continue;
    // The finer tellings of its type there, dropped or kept: with more than one place the toll is not split.
    // A lead tolls what the article goes on to place: a finer telling told before it is another happening.
    const finer = drafts.filter((o) => (o.place.precision < d.place.precision || (isRegion(d) && !isRegion(o) && o.place.precision === d.place.precision && o.place.key !== d.place.key)) && o.sentence >= d.sentence && eventTypeOf(o.sub) === eventTypeOf(d.sub) && (o.admin1 === d.admin1 || !d.admin1) && (o.date === d.date || !d.date || !o.date));
    const at = kept.indexOf(finer[0]!);
    if (at < 0 || finer.some((o) => placeId(o) !== placeId(finer[0]!))) continue;
    out[at] = lendFigures(out[at]!, d, "coarse-telling");
  }
  return out;
}

/**
 * The area event `d` may be the village event `o` told broadly: the area is a governorate's, or the
 * village lies near the town the area is named around ("غربي البوكمال" is not where a strike on
 * الميادين, 45 km away, fell: "استهدفت الأولى معسكراً غربي البوكمال، والثانية جسراً قرب الميادين").
 */
function withinAreaOf(d: EventDraft, o: EventDraft): boolean {
  const a = d.place.entry;
  const v = o.place.entry;
  // An area only near which the event was ("قرب X" with no place of its own) stays a broad telling.
  if (!a || !v || a.kind === "governorate" || a.kind === "country" || d.place.role !== "target") return true;
  return distanceKm(a.lat, a.lon, v.lat, v.lon) <= AREA_REACH_KM;
}

/** How far from its town an area named around the town ("ريف X", "غربي X", "محيط X") reaches. */
const AREA_REACH_KM = 25;

/** Places that name a whole governorate's countryside or desert ("ريف حماة", "بادية حماة"), coarser than a locality of it. */
const REGION_RULES: ReadonlySet<string> = new Set(["place:countryside", "place:head-region"]);
/** A governorate's countryside or desert, or a side of it ("شرقي دير الزور"): coarser than a locality of it. */
const isRegion = (d: EventDraft): boolean => REGION_RULES.has(d.place.rule) || (d.place.rule === "place:area-around" && d.place.entry?.kind === "governorate");
const placeId = (d: EventDraft): string => d.place.entry?.id ?? d.place.key;
const hasFigures = (d: EventDraft): boolean => d.killed !== null || d.injured !== null || d.casualties !== null;
/** The only event its sentence codes: a sentence that codes several shares its toll among them. */
const aloneInSentence = (drafts: readonly EventDraft[], d: EventDraft): boolean => !drafts.some((o) => o !== d && o.sentence === d.sentence);

/**
 * `to` with the figures it lacks taken from `from`, another telling of the same happening. With
 * `victims`, the side hit comes along when `to` names none: "قتل ثلاثة من عناصر الحزب في غارة
 * إسرائيلية جنوب البلاد … وأطلقت مسيرة صاروخين على سيارة قرب بلدة X" — the placeless telling
 * says whom the strike at X killed.
 */
function lendFigures(to: EventDraft, from: EventDraft, rule: string, victims = false): EventDraft {
  const provenance = [...to.provenance];
  // Only between tellings of one attacker: with another, or none known, the side hit may be its own.
  const sameAttacker = to.actor1 !== null && (from.actor1 === null || from.actor1 === to.actor1);
  const side = victims && sameAttacker && to.actor2 === null && from.actor2 !== null && from.actor2 !== to.actor1 ? from.actor2 : null;
  for (const p of from.provenance) {
    if ((p.field === "killed" && to.killed === null) || (p.field === "injured" && to.injured === null) || (p.field === "casualties" && to.casualties === null) || (p.field === "actor2" && side !== null)) provenance.push({ ...p, rule: `${p.rule}+${rule}` });
  }
  return { ...to, actor2: to.actor2 ?? side, killed: to.killed ?? from.killed, injured: to.injured ?? from.injured, casualties: to.casualties ?? from.casualties, provenance };
}

/**
 * A telling with no place of its own ("دحر الهجمات … مقتل أو إصابة 12 مهاجماً") is the latest
 * placed event of the same type told again: it lends its figures to it and is not coded twice.
 * A placeless telling before any placed one ("أدت ضربة إلى مقتل ثلاثة" in the lead, "أصابت الضربة
 * سيارة قرب بلدة كفرعويد" after it) lends them to the first placed event of its type instead.
 */
export function attachPlaceless(drafts: readonly EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  // Leading placeless tellings not yet attached, by type family.
  const pending: EventDraft[] = [];
  for (const d of drafts) {
    if (d.place.rule !== "place:none") {
      let placed = d;
      for (let k = 0; k < pending.length; k++) {
        const p = pending[k]!;
        if (eventTypeOf(p.sub) !== eventTypeOf(d.sub)) continue;
        pending.splice(k--, 1);
        if (!p.date || !d.date || p.date === d.date) placed = lendFigures(placed, p, "coreferent", true);
      }
      out.push(placed);
      continue;
    }
    // The latest event of the same type kept so far (a backward scan, not a reversed copy of pairs).
    const type = eventTypeOf(d.sub);
    let i = out.length - 1;
    while (i >= 0 && eventTypeOf(out[i]!.sub) !== type) i--;
    if (i < 0) {
      if (hasFigures(d) && aloneInSentence(drafts, d)) pending.push(d);
      continue;
    }
    const o = out[i]!;
    // Another day: another happening at the place just told ("the same checkpoint, on Sunday").
    if (d.date && o.date && d.date !== o.date) {
      out.push({ ...d, place: o.place, admin1: o.admin1, provenance: [...d.provenance, { field: "location", rule: "place:coreferent", entry: o.place.key, span: null }] });
      continue;
    }
    // "استهدفت الغارات قريتي X وY … وأسفرت الغارات عن مقتل ستة": a toll told after a telling at
    // several places is their total, not split among them (GUIDELINES), so it goes to none.
    if (toldAtSeveralPlaces(out, o)) continue;
    out[i] = lendFigures(o, d, "coreferent", true);
  }
  return out;
}

/** Events of `o`'s type and sentence stand at more than one place. */
function toldAtSeveralPlaces(events: readonly EventDraft[], o: EventDraft): boolean {
  const type = eventTypeOf(o.sub);
  return events.some((e) => e !== o && e.sentence === o.sentence && eventTypeOf(e.sub) === type && placeId(e) !== placeId(o));
}
