import type { TriggerEntry } from "../../lexicon/trigger-schema.ts";
import type { MatchKind } from "../../text/phrase-matcher.ts";

/** What a lexicon phrase found in a sentence stands for. One variant per lexicon category. */
export type AnnotationValue =
  | { readonly kind: "actor"; readonly key: string; readonly air: boolean; readonly artillery: boolean; readonly generic: boolean }
  | { readonly kind: "place"; readonly ids: readonly string[] }
  | { readonly kind: "source"; readonly name: string }
  | { readonly kind: "trigger"; readonly entry: TriggerEntry }
  | { readonly kind: "cue"; readonly cue: "air" | "explosive" | "suicide" | "artillery" | "missile" | "protesters" | "partial" | "small_arms" | "military_site" }
  | { readonly kind: "modality"; readonly mode: "future" | "threat" | "denial" | "hypothetical" | "habitual" | "aggregate" }
  | { readonly kind: "casualty"; readonly what: "killed" | "injured" | "both" | "none" | "unknown"; readonly one?: boolean; readonly singular?: boolean; readonly needsVictims?: boolean }
  | { readonly kind: "person" }
  | { readonly kind: "people" }
  | { readonly kind: "civilian" }
  | { readonly kind: "attribution" }
  | { readonly kind: "source-head" }
  | { readonly kind: "month"; readonly month: number }
  | { readonly kind: "weekday"; readonly day: number }
  | { readonly kind: "relative-day"; readonly offset: number }
  | { readonly kind: "relative-range"; readonly offset: number; readonly precision: 2 | 3 }
  | { readonly kind: "place-word"; readonly placeKind: string; readonly plural: boolean; readonly inName: boolean; readonly singular?: string }
  | { readonly kind: "around" }
  | { readonly kind: "direction" }
  | { readonly kind: "number-word"; readonly value: number }
  | { readonly kind: "dual"; readonly what: string }
  | { readonly kind: "vague" }
  | { readonly kind: "lower-bound" }
  | { readonly kind: "one" };

export type AnnotationKind = AnnotationValue["kind"];

/** A lexicon phrase found in a sentence: tokens [first, last] of the sentence, and its value. */
export interface Annotation {
  readonly first: number;
  readonly last: number;
  readonly value: AnnotationValue;
  /** The lexicon phrase that matched (normalised), for provenance. */
  readonly phrase: string;
  /** How the phrase met the text (as written, through proclitics, or through a light stem). */
  readonly match: MatchKind;
}

/** An annotation of one kind, its value narrowed: AnnotationOfKind<"cue">. */
export type AnnotationOfKind<K extends AnnotationKind> = Annotation & { readonly value: Extract<AnnotationValue, { kind: K }> };
