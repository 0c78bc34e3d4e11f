import type { Camp } from "./framing-lexicon-schema.ts";

/** A reading of which camp a text (or an outlet) speaks for; "unclear" when the words do not tell. */
export type CampReading = Camp | "unclear";

export type CampScores = Record<Camp, number>;

export function emptyScores(): CampScores {
  return { government: 0, opposition: 0, kurdish: 0, neutral: 0 };
}
