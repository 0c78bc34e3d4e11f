import { normalizeKey } from "../../text/normalize.ts";
import { withoutArticle } from "../../text/word-forms.ts";
import type { WorldGazetteer } from "../../places/world/world-gazetteer.ts";

/** Where an event abroad that names no place is written: the whole country. */
export interface WholeCountryPlace {
  /** The country's name as the article writes it ("السودان"), else its first name in the theatre file. */
  readonly name_ar: string;
  /** The first-level division of its capital, as the gold codes a nationwide event (an agreement, a truce). */
  readonly admin1: string | null;
}

/**
 * An agreement or truce between a country's parties names no town: it is about the whole country,
 * and GUIDELINES places it there at precision 3 with the capital's division as admin1 ("وقّع
 * الطرفان اتفاق هدنة في السودان" → السودان, Khartoum). The home theatre (`home`, Syria) keeps its own coding (no such place).
 *
 *   wholeCountryPlace(world, "Syria")("Sudan", "…وقف القتال في السودان…") → { name_ar: "السودان", admin1: "Khartoum" }
 */
export function wholeCountryPlace(world: WorldGazetteer, home: string): (country: string | null, normalizedText: string) => WholeCountryPlace | null {
  const byName = new Map(world.theatre.countries.filter((c) => c.name_en !== home).map((c) => {
    const capital = c.capitals_ar[0];
    // The index also holds names without their article ("خرطوم" for a row spelled oddly with it).
    const key = capital ? normalizeKey(capital) : "";
    const seat = key ? (world.lookup(key, c.name_en)[0] ?? world.lookup(withoutArticle(key) ?? key, c.name_en)[0]) : undefined;
    return [c.name_en, { names: c.names_ar, admin1: seat?.admin1 ?? null }] as const;
  }));
  return (country, text) => {
    const c = country ? byName.get(country) : undefined;
    if (!c) return null;
    return { name_ar: c.names.find((n) => text.includes(normalizeKey(n))) ?? c.names[0]!, admin1: c.admin1 };
  };
}
