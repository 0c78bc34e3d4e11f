import type { Annotation } from "../extract/annotate/annotation.ts";
import type { AnnotatedSentence } from "../extract/annotate/annotate-sentence.ts";
import type { Document } from "../extract/prepare/prepare-document.ts";
import { bucket, tokenStem } from "./token-stem.ts";
import type { Token } from "../text/tokenize.ts";

/** Tokens around a trigger whose words enter its bag of words (its clause, roughly). */
const WINDOW = 8;

/**
 * Features of a trigger in its sentence, for event-ness and the sub-event type. Named, sparse and
 * binary, read only from the document, the annotated sentence and the trigger annotation:
 *
 *   trig=shelling-verb  w-1=قد  mod=future@before  cue=air@near  year=before-pub  relday=-1
 *   cas=killed  sent=0  bow=الماضي …
 */
export function triggerFeatures(doc: Document, s: AnnotatedSentence, trigger: Annotation): string[] {
  const toks = s.sentence.tokens;
  const out: string[] = [];
  const v = trigger.value;
  if (v.kind === "trigger") {
    const e = v.entry;
    out.push(`trig=${e.id}`, `trig-sub=${e.sub_event_type}`, `trig-pos=${e.pos}`);
    if (e.weak) out.push("trig-weak");
    if (e.casualty) out.push("trig-casualty");
    if (e.inherits) out.push("trig-inherits");
    if (e.territory) out.push("trig-territory");
    if (e.pos === "verb") {
      // The first letter after و/ف: ي/ت/ن mark the imperfect (habitual, ongoing), س the future.
      const t = toks[trigger.first]!;
      const bare = t.conj ? t.text.slice(1) : t.text;
      out.push(`trig-first=${bare[0] ?? ""}`);
    }
  }
  for (const k of [1, 2, 3]) {
    out.push(`w-${k}=${tokenStem(toks[trigger.first - k])}`);
    out.push(`w+${k}=${tokenStem(toks[trigger.last + k], "$")}`);
  }
  out.push(`w-12=${tokenStem(toks[trigger.first - 2])} ${tokenStem(toks[trigger.first - 1])}`);
  for (let i = Math.max(0, trigger.first - WINDOW); i <= Math.min(toks.length - 1, trigger.last + WINDOW); i++) {
    if (i >= trigger.first && i <= trigger.last) continue;
    if (toks[i]!.kind === "word") out.push(`bow=${tokenStem(toks[i])}`);
  }

  let places = 0;
  let triggers = 0;
  for (const a of s.annotations) {
    const where = a.last < trigger.first ? "before" : a.first > trigger.last ? "after" : "on";
    const dist = where === "before" ? trigger.first - a.last : where === "after" ? a.first - trigger.last : 0;
    const near = dist <= 6;
    const x = a.value;
    switch (x.kind) {
      case "modality":
        out.push(`mod=${x.mode}@${dist <= 8 ? where : "sent"}`);
        break;
      case "cue":
        out.push(`cue=${x.cue}@${near ? "near" : "sent"}`);
        break;
      case "actor":
        if (x.key !== "CIVILIANS") out.push(`actor@${near ? where : "sent"}`);
        if (x.air && near) out.push("actor-air@near");
        if (x.artillery && near) out.push("actor-artillery@near");
        break;
      case "casualty":
        out.push(`cas=${x.what}`);
        break;
      case "relative-day":
        out.push(`relday=${x.offset}`);
        break;
      case "relative-range":
        out.push(`relrange=${x.offset}:${x.precision}`);
        break;
      case "weekday":
        out.push("weekday");
        break;
      case "month":
        out.push(`month=${monthRelation(x.month, doc.article.published)}`);
        break;
      case "attribution":
        out.push("attribution");
        break;
      case "civilian":
        out.push(`civilian@${near ? where : "sent"}`);
        break;
      case "place":
        places++;
        if (where === "after" && near) out.push("place@after-near");
        break;
      case "trigger":
        if (a !== trigger) triggers++;
        break;
      default:
        break;
    }
  }
  out.push(`places=${bucket(places)}`, `other-triggers=${bucket(triggers)}`);
  // Straight from the tokens, not through a filtered and mapped list: such lists come out empty in one
  // internal array layout and filled in another, and the optimised code met both (see choosePlaces).
  for (const t of toks) if (isYear(t)) out.push(`year=${yearRelation(Number(t.text), doc.article.published)}`);
  if (toks.some((t) => t.kind === "number")) out.push("has:number");
  for (const f of sentenceFeatures(doc, s)) out.push(f);
  return [...new Set(out)];
}

/** Where the sentence stands in the article, and its shape. */
export function sentenceFeatures(doc: Document, s: AnnotatedSentence): string[] {
  const out = [`sent=${bucket(s.sentence.index)}`, `para=${bucket(s.sentence.paragraph)}`, `len=${bucket(Math.floor(s.sentence.tokens.length / 5))}`];
  if (s.sentence.headline) out.push("headline");
  if (s.sentence.index === doc.sentences.length - 1) out.push("last-sentence");
  return out;
}

function isYear(t: Token): boolean {
  return t.kind === "number" && /^(19[5-9][0-9]|20[0-4][0-9])$/.test(t.text);
}

function yearRelation(year: number, published: string | null): string {
  if (!published) return "nopub";
  const pub = Number(published.slice(0, 4));
  return year === pub ? "pub" : year < pub ? "before-pub" : "after-pub";
}

function monthRelation(month: number, published: string | null): string {
  if (!published) return "nopub";
  const pub = Number(published.slice(5, 7));
  if (month === pub) return "same";
  return month === ((pub + 10) % 12) + 1 ? "previous" : "other";
}
