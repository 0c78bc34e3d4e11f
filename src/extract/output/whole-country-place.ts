import { normalizeKey } from "../../text/normalize.ts";
import { withoutArticle } from "../../text/word-forms.ts";
import type { WorldGazetteer } from "../../places/world/world-gazetteer.ts";

/** Where an event abroad that names no place is written: the whole country. */
export interface WholeCountryPlace {
  /** The country's name as the article writes it ("السودان"), else its first name in the theatre file. */
  readonly name_ar: string;
  /** The first-level division of its capital, as the gold codes a nationwide event (an agreement, a truce). */
  readonly admin1: string | null;
  /**
   * Where the article writes the country's name (normalised offsets): the writing nearest the
   * event, a whole word preferred. Null when the article never names the country (its reading
   * came from the places and actors alone), and the place then has no words of its own.
   */
  readonly span: readonly [number, number] | null;
}

/** A letter of a word: a name followed by one is part of a longer word ("السودان" in "السودانية"). */
const WORD_LETTER = /[\p{L}\p{M}]/u;

/**
 * An agreement or truce between a country's parties names no town: it is about the whole country,
 * and GUIDELINES places it there at precision 3 with the capital's division as admin1 ("وقّع
 * الطرفان اتفاق هدنة في السودان" → السودان, Khartoum). The home theatre (`home`, Syria) keeps its own coding (no such place).
 *
 *   wholeCountryPlace(world, "Syria")("Sudan", "…وقف القتال في السودان…", 0)
 *     → { name_ar: "السودان", admin1: "Khartoum", span: [21, 28] }
 */
export function wholeCountryPlace(world: WorldGazetteer, home: string): (country: string | null, normalizedText: string, near: number) => WholeCountryPlace | null {
  const byName = new Map(world.theatre.countries.filter((c) => c.name_en !== home).map((c) => {
    const capital = c.capitals_ar[0];
    // The index also holds names without their article ("خرطوم" for a row spelled oddly with it).
    const key = capital ? normalizeKey(capital) : "";
    const seat = key ? (world.lookup(key, c.name_en)[0] ?? world.lookup(withoutArticle(key) ?? key, c.name_en)[0]) : undefined;
    return [c.name_en, { names: c.names_ar.map((n) => ({ name: n, key: normalizeKey(n) })), admin1: seat?.admin1 ?? null }] as const;
  }));
  return (country, text, near) => {
    const c = country ? byName.get(country) : undefined;
    if (!c) return null;
    // The first name the article writes is the one it is known by there; its writing nearest the event is the evidence.
    const named = c.names.find((n) => text.includes(n.key));
    if (!named) return { name_ar: c.names[0]!.name, admin1: c.admin1, span: null };
    return { name_ar: named.name, admin1: c.admin1, span: nearestWriting(text, named.key, near) };
  };
}

/** The occurrence of `key` in `text` nearest `near`, one that ends a word preferred over one inside a longer word. */
function nearestWriting(text: string, key: string, near: number): [number, number] {
  let best: [number, number] | null = null;
  let bestScore = Infinity;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const end = at + key.length;
    const insideWord = end < text.length && WORD_LETTER.test(text[end]!);
    const score = Math.abs(at - near) + (insideWord ? text.length : 0);
    if (score < bestScore) [best, bestScore] = [[at, end], score];
  }
  return best!;
}
