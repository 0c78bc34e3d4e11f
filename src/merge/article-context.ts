import { normalizeKey } from "../text/normalize.ts";

/** How much of the article the merge compares: the title and the lead, where the story is told. */
const LEAD_CHARS = 600;
/** Shorter words are mostly particles and prepositions. */
const MIN_WORD = 4;

/**
 * The words of an article's title and lead, normalised: two outlets telling one story share their
 * names, numbers and verbs there even when their event sentences are worded apart.
 *
 *   leadWords("قصف على سرمين", "قصفت قوات النظام…") → Set { "سرمين", "قصفت", "قوات", "النظام", … }
 */
export function leadWords(title: string | null, text: string): Set<string> {
  const words = normalizeKey(`${title ?? ""} ${text.slice(0, LEAD_CHARS)}`).split(" ");
  return new Set(words.filter((w) => w.length >= MIN_WORD));
}

/** Jaccard similarity of two word sets. */
export function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}
