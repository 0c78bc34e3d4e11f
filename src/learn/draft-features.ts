import type { Annotation } from "../extract/annotate/annotation.ts";
import type { AnnotatedSentence } from "../extract/annotate/annotate-sentence.ts";
import type { EventDraft } from "../extract/code/event-draft.ts";
import type { Document } from "../extract/prepare/prepare-document.ts";
import { placeFeatures } from "./place-features.ts";
import { triggerFeatures } from "./trigger-features.ts";

/**
 * Features of an event the rules built (trigger × place): its trigger's features, its place's
 * (prefixed "place:") when the place is named in this sentence, and how the rules decided:
 *
 *   trig=shelling-verb  …  place:p-1=من  …  sub=Armed clash  loc=place:previous-sentence  actor1=none
 */
export function draftFeatures(doc: Document, s: AnnotatedSentence, trigger: Annotation, d: EventDraft): string[] {
  const out = triggerFeatures(doc, s, trigger);
  const rule = (field: string): string => d.provenance.find((p) => p.field === field)?.rule ?? "none";
  const locRule = rule("location").split("+")[0] ?? "none";
  out.push(`sub=${d.sub}`, `loc=${locRule}`, `actor1=${d.actor1 ? "some" : "none"}`, `actor2=${d.actor2 ? "some" : "none"}`, `date=${rule("date")}`);
  for (const r of rule("sub_event_type").split("+").slice(1)) out.push(`sub-rule=${r}`);
  if (d.place.rule === "place:none") out.push("no-place");
  // A place carried from an earlier sentence has token indices of that sentence: its own features do not apply.
  else if (locRule !== "place:previous-sentence") out.push(...placeFeatures(doc, s, d.place).map((f) => `place:${f}`));
  else out.push(`place-prec=${d.place.precision}`);
  return out;
}
