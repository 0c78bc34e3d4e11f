import { eventTypeOf } from "../model/conflict-event.ts";
import type { EventDraft } from "./event-draft.ts";

/**
 * Stage 5: one event per event type × place × day in an article (GUIDELINES). A happening told
 * twice keeps its first telling and takes missing fields from the later ones; two figures for
 * one count keep the lower (ACLED's conservative rule).
 */
export function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const byKey = new Map<string, EventDraft>();
  for (const d of drafts) {
    const key = `${eventTypeOf(d.sub)}|${d.place.entry?.id ?? d.place.key}|${d.place.precision}|${d.date ?? ""}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, d);
      continue;
    }
    const low = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));
    byKey.set(key, {
      ...prev,
      actor1: prev.actor1 ?? d.actor1,
      actor2: prev.actor2 ?? d.actor2,
      killed: low(prev.killed, d.killed),
      injured: low(prev.injured, d.injured),
      casualties: low(prev.casualties, d.casualties),
      datePrecision: prev.datePrecision ?? d.datePrecision,
      provenance: [...prev.provenance, ...d.provenance.map((p) => ({ ...p, rule: `${p.rule}+merged` }))],
    });
  }
  return [...byKey.values()];
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
    const k = out.map((o, i) => [o, i] as const).reverse().find(([o]) => eventTypeOf(o.sub) === eventTypeOf(d.sub));
    if (!k) continue;
    const [o, i] = k;
    if (d.date && o.date && d.date !== o.date) {
      // Another day: another happening at the place just told ("the same checkpoint, on Sunday").
      out.push({ ...d, place: o.place, admin1: o.admin1, provenance: [...d.provenance, { field: "location", rule: "place:coreferent", entry: o.place.key, span: null }] });
      continue;
    }
    out[i] = {
      ...o,
      killed: o.killed ?? d.killed,
      injured: o.injured ?? d.injured,
      casualties: o.casualties ?? d.casualties,
      provenance: [...o.provenance, ...d.provenance.filter((p) => p.field === "casualties" || p.field === "killed" || p.field === "injured").map((p) => ({ ...p, rule: `${p.rule}+coreferent` }))],
    };
  }
  return out;
}
