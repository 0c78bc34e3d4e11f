import type { TriggerEntry } from "../../lexicon/trigger-schema.ts";
import type { Annotation } from "../annotate/annotation.ts";
import type { AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import type { PlaceMention } from "../read/place-mention.ts";
import type { CasualtyReading } from "../read/read-casualties.ts";
import type { RoleRules } from "../read/role-rules.ts";
import type { SpeakerPhrase } from "./reported-speech.ts";

export type TriggerAnnotation = Annotation & { readonly value: { readonly kind: "trigger"; readonly entry: TriggerEntry } };
export type ActorAnnotation = Annotation & { readonly value: { readonly kind: "actor"; readonly key: string; readonly air: boolean; readonly artillery: boolean; readonly generic: boolean } };

/** Everything the event stages read about one sentence; built once, never changed. */
export interface SentenceContext {
  readonly s: AnnotatedSentence;
  readonly places: readonly PlaceMention[];
  readonly roles: RoleRules;
  readonly casualties: CasualtyReading;
  /** Every trigger that may code an event (cancelled ones included: they still bound clauses). */
  readonly candidates: readonly TriggerAnnotation[];
  /** Triggers that name a kind of violence (not only a death). */
  readonly strong: readonly TriggerAnnotation[];
  readonly actors: readonly ActorAnnotation[];
  /** Token indices that open a new clause (فيما، بينما). */
  readonly breaks: readonly number[];
  /** Last tokens of attribution phrases ("قالت"): an actor right after one speaks. */
  readonly attributionEnds: ReadonlySet<number>;
  /** "قال مسؤول في … إن": the speaker phrases, in order; actors inside one belong to the speaker. */
  readonly speakers: readonly SpeakerPhrase[];
  /** First token of the sentence's last civilian noun (-1 when none). */
  readonly lastCivilianStart: number;
}

/** Token range of the clause around a trigger: between the clause breaks on either side. */
export function clauseOf(ctx: SentenceContext, t: TriggerAnnotation): { readonly start: number; readonly end: number } {
  return {
    start: Math.max(-1, ...ctx.breaks.filter((b) => b <= t.first)),
    end: Math.min(ctx.s.sentence.tokens.length, ...ctx.breaks.filter((b) => b > t.last)),
  };
}

/** The trigger before this one in the sentence, whose clause ends where this one's begins. */
export function previousTrigger(ctx: SentenceContext, t: TriggerAnnotation): TriggerAnnotation | undefined {
  return [...ctx.candidates].reverse().find((x) => x.last < t.first);
}

/**
 * Look back two words from an annotation (over quotes and brackets) for a marker word or two-word
 * marker. Words of `except` (the trigger itself) count as words but mark nothing.
 */
export function markedBy(ctx: SentenceContext, a: Annotation, set: ReadonlySet<string>, except?: { readonly first: number; readonly last: number }): boolean {
  const toks = ctx.s.sentence.tokens;
  let words = 0;
  let next: string | null = null;
  for (let k = a.first - 1; k >= 0 && words < 2; k--) {
    const t = toks[k]!;
    if (t.kind === "punct") {
      if (/["'()\[\]«»“”]/.test(t.text)) continue;
      break;
    }
    // "مواقع عسكرية تابعة لـX": the word of belonging stands between the marker and the actor.
    if (t.forms.some((f) => ctx.roles.affiliation.has(f))) continue;
    // "مصدرها مناطق سيطرة قسد": the side's areas of control stand between the marker and the side.
    if (k > 1 && words === 0 && toks[k - 1]!.forms.some((f1) => t.forms.some((f2) => ctx.roles.controlAreaWords.has(`${f1} ${f2}`))) && toks[k - 2]!.forms.some((f) => set.has(f))) return true;
    // "مع مجموعة من فلول النظام": a part of the side and its "من" stand between the marker and the side.
    if (ctx.roles.partitive.has(t.text) && k > 0 && toks[k - 1]!.forms.some((f) => ctx.roles.sidePartNouns.has(f))) {
      k--;
      continue;
    }
    const exempt = except !== undefined && except.first <= k && k <= except.last;
    if (!exempt && t.forms.some((f) => set.has(f))) return true;
    // Two-word markers ("على يد", "من قبل"), looked up only after a word that ends one ("يد", "قبل").
    if (!exempt && next && secondWordsOf(set).has(next) && t.forms.some((f) => set.has(`${f} ${next}`))) return true;
    next = t.text;
    words++;
  }
  return false;
}

const secondWords = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The words after the first space of a marker set's entries ("على يد" → "يد"), once per set. */
function secondWordsOf(set: ReadonlySet<string>): ReadonlySet<string> {
  let known = secondWords.get(set);
  if (known === undefined) {
    known = new Set([...set].filter((m) => m.includes(" ")).map((m) => m.slice(m.indexOf(" ") + 1)));
    secondWords.set(set, known);
  }
  return known;
}

/**
 * The actor is named as the backer of a named side just before it, within three words after a word
 * of support ("الجيش الوطني المدعوم من قبل تركيا", "قوات النظام المدعومة من روسيا"): it stands
 * behind that side and is no party to the event told. Behind a side the lexicon does not name
 * ("مسلحون موالون للحكومة") the backer is all the text says of the side, and stays.
 */
export function namedAsBacker(ctx: SentenceContext, a: Annotation): boolean {
  const toks = ctx.s.sentence.tokens;
  let words = 0;
  for (let k = a.first - 1; k >= 0 && words < 3; k--) {
    const t = toks[k]!;
    if (t.kind === "punct") {
      if (/["'()\[\]«»“”]/.test(t.text)) continue;
      return false;
    }
    if (t.forms.some((f) => ctx.roles.backerWords.has(f))) return ctx.actors.some((b) => b !== a && b.value.key !== "CIVILIANS" && !b.value.generic && b.last < k && b.last >= k - 2);
    words++;
  }
  return false;
}
