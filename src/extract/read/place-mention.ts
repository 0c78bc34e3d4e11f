import type { PlaceEntry } from "../../places/place-entry.ts";

/** A place named in a sentence, before it is chosen as an event's location. */
export interface PlaceMention {
  /** Sentence-relative token range of the whole mention (head word included). */
  readonly first: number;
  readonly last: number;
  /** Normalised-text span of the name alone (proclitics and head word excluded). */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The name normalised for lookup. */
  readonly key: string;
  readonly entry: PlaceEntry | null;
  readonly precision: 1 | 2 | 3;
  /** target: where something happened; reference: "north of X", "near X"; container: "in the Idlib countryside". */
  readonly role: "target" | "reference";
  /** Governorate read from the mention or its entry. */
  readonly admin1: string | null;
  readonly rule: string;
  /** Index of the list this mention belongs to ("قرى X وY وZ"), or -1. */
  readonly list: number;
  /** The name to write when it is not the text's words at nameStart–nameEnd (the town a named camp lies in). */
  readonly spelled?: string;
}
