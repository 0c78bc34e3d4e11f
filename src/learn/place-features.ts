import type { AnnotatedSentence } from "../extract/annotate/annotate-sentence.ts";
import type { PlaceMention } from "../extract/read/place-mention.ts";
import type { Document } from "../extract/prepare/prepare-document.ts";
import { bucket, tokenStem } from "./token-stem.ts";
import { sentenceFeatures } from "./trigger-features.ts";

/**
 * Features of a place mention for its role: the words before and after it (انطلاقاً من، نقل إلى
 * مشفى في، من أبناء بلدة), the place word that heads it, how the rules read it, and where the
 * nearest trigger and casualty phrase stand:
 *
 *   p-1=من  p-2=انطلاقا  pw=village  rule=place:head-word  role=target  trig@before:3-4  cas@before
 */
export function placeFeatures(doc: Document, s: AnnotatedSentence, place: PlaceMention): string[] {
  const toks = s.sentence.tokens;
  const out = [`rule=${place.rule}`, `role=${place.role}`, `prec=${place.precision}`, `kind=${place.entry?.kind ?? "unknown"}`];
  if (place.list >= 0) out.push("in-list");
  for (const k of [1, 2, 3]) {
    out.push(`p-${k}=${tokenStem(toks[place.first - k])}`);
    out.push(`p+${k}=${tokenStem(toks[place.last + k], "$")}`);
  }
  out.push(`p-12=${tokenStem(toks[place.first - 2])} ${tokenStem(toks[place.first - 1])}`);
  for (let i = Math.max(0, place.first - 6); i < place.first; i++) if (toks[i]!.kind === "word") out.push(`before=${tokenStem(toks[i])}`);

  let nearestTrigger: { dist: number; where: string; sub: string } | null = null;
  let placesBefore = 0;
  for (const a of s.annotations) {
    const x = a.value;
    const where = a.last < place.first ? "before" : a.first > place.last ? "after" : "on";
    const dist = where === "before" ? place.first - a.last : where === "after" ? a.first - place.last : 0;
    if (x.kind === "place-word" && a.first >= place.first && a.last <= place.last) out.push(`pw=${x.placeKind}`);
    if (x.kind === "place-word" && where === "before" && dist <= 2) out.push(`pw-before=${x.placeKind}`);
    if (x.kind === "around" && where === "before" && dist <= 2) out.push("around-before");
    if (x.kind === "direction" && where === "before" && dist <= 3) out.push("direction-before");
    if (x.kind === "casualty" && dist <= 8 && where !== "on") out.push(`cas@${where}`);
    if (x.kind === "civilian" && dist <= 5 && where !== "on") out.push(`civilian@${where}`);
    if (x.kind === "actor" && dist <= 3 && where !== "on") out.push(`actor@${where}`);
    if (x.kind === "place" && where === "before") placesBefore++;
    if (x.kind === "trigger" && where !== "on" && (!nearestTrigger || dist < nearestTrigger.dist)) nearestTrigger = { dist, where, sub: x.entry.sub_event_type };
  }
  if (nearestTrigger) out.push(`trig@${nearestTrigger.where}:${bucket(nearestTrigger.dist)}`, `trig-sub=${nearestTrigger.sub}`);
  else out.push("no-trigger");
  out.push(`places-before=${bucket(placesBefore)}`);
  out.push(...sentenceFeatures(doc, s));
  return [...new Set(out)];
}
