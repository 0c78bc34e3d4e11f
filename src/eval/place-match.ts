import { editDistance } from "./edit-distance.ts";
import { AROUND_WORDS, PLACE_TYPE_WORDS } from "./place-match-words.ts";

/**
 * Normalise a place name as the scorer does: NFKC, no harakat/tatweel, one alef, ي for ى, ه for ة,
 * punctuation to spaces, leading و/ف + ب/ل/ك + ال stripped from each word, place-type words dropped.
 */
export function normalizePlaceName(name: unknown): string {
  return String(name ?? "")
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[إأآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[“”"'«»()\[\].,،:؛]/g, " ")
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^(و|ف)?(ب|ل|ك)?(ال)/, ""))
    .filter((word) => word !== "" && !PLACE_TYPE_WORDS.has(word))
    .join(" ");
}

/** The name without words like ريف / جنوب that only say "around". */
export function corePlaceName(name: unknown): string {
  return normalizePlaceName(name)
    .split(" ")
    .filter((word) => word !== "" && !AROUND_WORDS.has(word))
    .join(" ");
}

/**
 * Two place names agree when their cores are equal, or — both at least 5 characters — one edit
 * apart (spelling variants: معرة موحص / معرة موخص). An empty name never matches.
 */
export function placeMatch(a: unknown, b: unknown): boolean {
  const x = corePlaceName(a);
  const y = corePlaceName(b);
  if (x === "" || y === "") return false;
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 1;
}
