import { eventTypeOf, type SubEventType } from "../../model/conflict-event.ts";
import type { EventDraft } from "../code/event-draft.ts";

/**
 * Stage: one event per sub-event type × place × day in an article (GUIDELINES: the shelling and the
 * air strike beside a battle are events of their own). A telling whose trigger does not name the
 * kind of violence ("استهدفت", "الهجوم", a death) joins an event of its type family at that place
 * and day. A happening told twice keeps its first telling and takes missing fields from the later
 * ones; two figures for one count keep the lower (ACLED's conservative rule).
 */
export function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const byKey = new Map<string, EventDraft>();
  const where = (d: EventDraft): string => `${d.place.entry?.id ?? d.place.key}|${d.place.precision}|${d.date ?? d.undated ?? ""}`;
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
  // Appended by push, not spread from a .map: see create-extractor.
  const provenance = [...prev.provenance];
  for (const p of d.provenance) provenance.push({ ...p, rule: `${p.rule}+merged` });
  return {
    ...prev,
    sub: stronger ? d.sub : prev.sub,
    actor1: stronger ? d.actor1 ?? prev.actor1 : prev.actor1 ?? d.actor1,
    actor2: prev.actor2 ?? d.actor2,
    killed: low(prev.killed, d.killed),
    injured: low(prev.injured, d.injured),
    casualties: low(prev.casualties, d.casualties),
    datePrecision: prev.datePrecision ?? d.datePrecision,
    provenance,
  };
}

/**
 * A governorate-level event (precision 3) of a type the article also codes at a finer place in
 * that governorate is the same fighting summarised, not another event.
 */
export function dropCoarseDuplicates(drafts: readonly EventDraft[]): EventDraft[] {
  return drafts.filter(
    (d) =>
      (d.place.precision < 3 ||
        !drafts.some((o) => o !== d && o.place.precision < 3 && eventTypeOf(o.sub) === eventTypeOf(d.sub) && (o.admin1 === d.admin1 || !d.admin1))) &&
      // An area event of the same sub-type and day as a village event there is the same fighting, told broadly.
      (d.place.precision < 2 ||
        !drafts.some((o) => o !== d && o.place.precision === 1 && o.sub === d.sub && o.admin1 === d.admin1 && (o.date === d.date || !d.date || !o.date))),
  );
}

/**
 * A telling with no place of its own ("دحر الهجمات … مقتل أو إصابة 12 مهاجماً") is the latest
 * placed event of the same type told again: it lends its figures to it and is not coded twice.
 */
export function attachPlaceless(drafts: readonly EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    if (d.place.rule !== "place:none") {
      out.push(d);
      continue;
    }
    // The latest event of the same type kept so far (a backward scan, not a reversed copy of pairs).
    const type = eventTypeOf(d.sub);
    let i = out.length - 1;
    while (i >= 0 && eventTypeOf(out[i]!.sub) !== type) i--;
    if (i < 0) continue;
    const o = out[i]!;
    // Another day: another happening at the place just told ("the same checkpoint, on Sunday").
    if (d.date && o.date && d.date !== o.date) {
      out.push({ ...d, place: o.place, admin1: o.admin1, provenance: [...d.provenance, { field: "location", rule: "place:coreferent", entry: o.place.key, span: null }] });
      continue;
    }
    const provenance = [...o.provenance];
    for (const p of d.provenance) {
      if (p.field === "casualties" || p.field === "killed" || p.field === "injured") provenance.push({ ...p, rule: `${p.rule}+coreferent` });
    }
    out[i] = { ...o, killed: o.killed ?? d.killed, injured: o.injured ?? d.injured, casualties: o.casualties ?? d.casualties, provenance };
  }
  return out;
}
