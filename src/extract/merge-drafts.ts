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
    const key = `${eventTypeOf(d.sub)}|${d.place.entry?.id ?? d.place.key}|${d.date ?? ""}`;
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
      d.place.precision < 3 ||
      !drafts.some((o) => o !== d && o.place.precision < 3 && eventTypeOf(o.sub) === eventTypeOf(d.sub) && (o.admin1 === d.admin1 || !d.admin1)),
  );
}
