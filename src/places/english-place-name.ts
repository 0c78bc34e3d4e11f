import type { PlaceEntry } from "./place-entry.ts";
import { transliterateArabic } from "./transliterate-arabic.ts";

/** The English name readers of an export or of the page's English mode see for an event's place. */
export type EnglishPlaceNames = (gazetteerId: string | null, nameAr: string) => string;

/** The gazetteer's English name when the place has an entry, else a Latin transliteration of the Arabic. */
export function englishPlaceNames(entries: readonly PlaceEntry[]): EnglishPlaceNames {
  const byId = new Map(entries.map((e) => [e.id, e.name_en]));
  return (gazetteerId, nameAr) => (gazetteerId === null ? undefined : byId.get(gazetteerId)) ?? transliterateArabic(nameAr);
}
