import { originalSpan, type Normalized } from "../text/normalize.ts";

/** Harakat, superscript alef and tatweel: dropped by normalisation, still part of the written word. */
const TRAILING_MARK = /[\u064B-\u065F\u0670\u0640]/;

/**
 * The original-text span of normalised [start, end), widened over the marks that follow its last
 * letter, so "حرَّرَ" is returned whole rather than without its final fatha.
 */
export function spanInOriginal(original: string, norm: Normalized, start: number, end: number): { start: number; end: number } {
  const span = originalSpan(norm, start, end);
  let e = span.end;
  while (e < original.length && TRAILING_MARK.test(original[e]!)) e++;
  return { start: span.start, end: e };
}
