import type { Evidence } from "../model/evidence.ts";
import type { Camp, CampWeights } from "./framing-lexicon-schema.ts";

/**
 * Whose voice a span is in. "own": the outlet's narration (and its correspondent's); "reported":
 * inside a quotation or indirect speech of someone else; "quoted-name": a term set alone in quotation
 * marks (a name or a scare quote), which is the outlet's choice of words, not someone's speech.
 */
export type Voice = "own" | "reported" | "quoted-name";

/** One framing word found in an article: a span of the ORIGINAL text and what it marks. */
export interface FramingIndicator extends Evidence {
  readonly dimension: string;
  /** Term id in data/lexicon/framing.json; scare quotes are "scare_quote:<term id>". */
  readonly term: string;
  /** The camp the term marks most strongly. */
  readonly camp: Camp;
  /** Every camp it marks, with the lexicon weight. */
  readonly camps: CampWeights;
  readonly voice: Voice;
  /** True when the span sits inside someone else's speech (voice "reported"). */
  readonly reported: boolean;
  /** What the hit counts for once its voice is weighed (0 for a scare-quoted self-description). */
  readonly factor: number;
}
