import type { PlaceEntry } from "./place-entry.ts";
import { transliterateArabic } from "./transliterate-arabic.ts";

/** Names of an event's place for readers of the other language (exports, the page's two modes). */
export interface PlaceNames {
  /** The gazetteer's English name (by id, else by exact Arabic name), else a Latin transliteration. */
  english(gazetteerId: string | null, nameAr: string): string;
  /** A governorate's Arabic name from its English admin1 name ("Idlib" → "إدلب"), or null. */
  governorateArabic(admin1: string | null): string | null;
}

export function placeNames(entries: readonly PlaceEntry[]): PlaceNames {
  const english = new Map(entries.map((e) => [e.id, e.name_en]));
  // Without a gazetteer id, a place whose Arabic name is one entry's name or alias still has its name.
  const byArabic = new Map<string, string>();
  for (const e of entries) for (const name of [e.name_ar, ...e.aliases_ar]) if (!byArabic.has(name)) byArabic.set(name, e.name_en);
  const governorates = new Map(entries.filter((e) => e.kind === "governorate" && e.admin1 !== null).map((e) => [e.admin1, e.name_ar]));
  return {
    english: (gazetteerId, nameAr) => (gazetteerId === null ? undefined : english.get(gazetteerId)) ?? byArabic.get(nameAr.trim()) ?? transliterateArabic(nameAr),
    governorateArabic: (admin1) => (admin1 === null ? null : (governorates.get(admin1) ?? null)),
  };
}
