import type { Gazetteer } from "../gazetteer.ts";
import type { PlaceEntry } from "../place-entry.ts";
import type { ArabWorldTheatre } from "./theatre-schema.ts";

/**
 * The places of the Arab world outside Syria, looked up under a country reading so that a
 * non-Syrian place is never put in Syria nor a Syrian same-name place abroad.
 */
export interface WorldGazetteer {
  readonly theatre: ArabWorldTheatre;
  /** Every non-Syrian entry, each with `country`. */
  readonly entries: readonly PlaceEntry[];
  /** English country names (as location.country) that have entries. */
  countries(): readonly string[];
  /** A gazetteer of one country's entries ("Yemen"), built on first use; empty for Syria or unknown names. */
  forCountry(country: string): Gazetteer;
  /**
   * Entries named `key` (normalised) in `country`; with country null, only when every candidate
   * lies in one country (an unambiguous match), else none.
   */
  lookup(key: string, country: string | null): readonly PlaceEntry[];
  /** The countries (English) that have a place named `key` (normalised, also tried with and without "ال"). */
  countriesNaming(key: string): readonly string[];
}
