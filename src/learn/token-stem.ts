import type { Token } from "../text/tokenize.ts";

/**
 * The form of a token that features use: the word with its proclitics removed (the last of its
 * forms), every number as "#", punctuation as itself; past the sentence's edge, `edge` (^ before, $ after). "وبالقصف" and "القصف" give one feature.
 */
export function tokenStem(t: Token | undefined, edge = "^"): string {
  if (!t) return edge;
  if (t.kind === "number") return "#";
  return t.forms[t.forms.length - 1] ?? t.text;
}

/** Buckets keep counts and distances few: 0, 1, 2, 3-4, 5-8, 9+. */
export function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return "3-4";
  if (n <= 8) return "5-8";
  return "9+";
}
