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
function leadWords(title: string | null, text: string): Set<string> {
  const words = normalizeKey(`${title ?? ""} ${text.slice(0, LEAD_CHARS)}`).split(" ");
  return new Set(words.filter((w) => w.length >= MIN_WORD));
}

/** Years a news text can name: four digits from 1950 to 2039, after normalisation (٢٠١٩ → 2019). */
const YEAR = /(?<![0-9])(?:19[5-9][0-9]|20[0-3][0-9])(?![0-9])/g;

/** What the merge compares of an article beside its reports: its lead, all its words, the years it names. */
export interface ArticleContext {
  /** Words of the title and lead (leadWords). */
  readonly lead: ReadonlySet<string>;
  /**
   * Words of the whole article (title and text), normalised, from MIN_WORD letters: two tellings of
   * one event share its names, numbers and particulars throughout, two shellings of one village a
   * week apart mostly the village and the verbs.
   */
  readonly words: ReadonlySet<string>;
  /**
   * The years the article names anywhere. Two articles that each name years, and none in common,
   * are not telling the same news: one dated "15 آذار 2021" and one recalling "منذ عام 2016 … في
   * 2024" are years apart, however alike their village and wording.
   */
  readonly years: ReadonlySet<number>;
}

/**
 * An article's context for the merge, its whole text normalised once.
 *
 *   articleContext(null, "قصف على سرمين في 3 حزيران 2019").years → Set { 2019 }
 */
export function articleContext(title: string | null, text: string): ArticleContext {
  const key = normalizeKey(`${title ?? ""} ${text}`);
  return {
    lead: leadWords(title, text),
    words: new Set(key.split(" ").filter((w) => w.length >= MIN_WORD)),
    years: new Set([...key.matchAll(YEAR)].map((m) => Number(m[0]))),
  };
}

/** Both name years and share none. */
export function yearsApart(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const y of a) if (b.has(y)) return false;
  return true;
}

/** Jaccard similarity of two word sets. */
export function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}
