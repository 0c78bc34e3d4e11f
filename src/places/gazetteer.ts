import type { PlaceEntry } from "./place-entry.ts";

/**
 * The lookup interface the extraction pipeline depends on. Names are compared after
 * `normalizeKey` (hamza, ta marbuta, alef maqsura folded); implementations also index the forms
 * without the article "ال".
 */
export interface Gazetteer {
  /** Entries whose name or alias normalises to `key` (already normalised with normalizeKey). */
  lookup(key: string): readonly PlaceEntry[];
  get(id: string): PlaceEntry | undefined;
  /** Every normalised name in the index, for building text matchers. */
  names(): Iterable<string>;
  /** The governorate entry for an English admin1 name ("Idlib"). */
  governorate(admin1: string): PlaceEntry | undefined;
}
