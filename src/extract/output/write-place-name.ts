import { normalizeKey } from "../../text/normalize.ts";
import type { PlaceNameRules } from "../read/place-name-rules.ts";

const EDGE_MARKS = /^[«»"“”'()\s]+|[«»"“”'()\s]+$/g;

/**
 * A place name as the guidelines write it, from the words of the text: quotes and brackets
 * trimmed, leading words that only frame the name dropped ("محافظة حماة" → "حماة", "وسط مدينة X"
 * → "مدينة X", "جنوب العاصمة دمشق" → "جنوب دمشق"), head words that are part of the name kept ("تلة X", "مخيمات X").
 */
export function writePlaceName(written: string, rules: PlaceNameRules): string {
  let words = written.replace(EDGE_MARKS, "").split(/\s+/).filter(Boolean);
  while (words.length > 1 && rules.nameDropWords.has(normalizeKey(words[0]!))) words = words.slice(1);
  // "جنوب العاصمة دمشق" → "جنوب دمشق": the word for "the capital" before the capital's name only announces it.
  words = words.filter((w, k) => !(k < words.length - 1 && rules.capitalWords.has(normalizeKey(w))));
  return words.join(" ");
}
