/**
 * Proclitics: the letters written in front of an Arabic word (conjunction, preposition, article).
 * This file owns them; everything else that needs "the word without و/ب/ال" calls it.
 *
 *   wordForms("وللجيش")  →  ["وللجيش", "للجيش", "الجيش", "جيش"]
 *   hasArticle("وبالقرية")  →  true
 *
 * Input is normalised text (see normalize.ts: أ/إ/آ → ا, ة → ه, ى → ي).
 */

/** Conjunctions: "and", "so". */
export const CONJUNCTIONS: readonly string[] = ["و", "ف"];
/** One-letter prepositions: "in/with", "for", "like". */
export const PREPOSITIONS: readonly string[] = ["ب", "ل", "ك"];
/** The definite article. */
export const ARTICLE = "ال";
/** The proclitics other code asks for by name: "and", "in/at/with", "for/to". */
export const AND = "و";
export const IN = "ب";
export const FOR = "ل";
/** "in" written as a word of its own ("قيادي في الفصيل", "ميناء X في Y"). */
export const IN_WORD = "في";

/** Forms of a word with its proclitics (و ف, then ب ل ك or لل, then ال) removed; the surface first. */
export function wordForms(w: string): string[] {
  const out = [w];
  const add = (x: string): void => {
    if (x.length >= 2 && !out.includes(x)) out.push(x);
  };
  const bases = [w];
  const conj = withoutConjunction(w);
  if (conj !== null) {
    bases.push(conj);
    add(conj);
  }
  for (const b of bases) {
    // لل = ل + ال with the alef dropped: "للجيش" is "ل" + "الجيش".
    if (b.startsWith("لل") && b.length > 4) {
      add(ARTICLE + b.slice(2));
      add(b.slice(2));
    } else if (PREPOSITIONS.includes(b[0] ?? "") && b.length > 3) {
      add(b.slice(1));
    }
  }
  for (const f of [...out]) {
    const bare = withoutArticle(f);
    if (bare !== null) add(bare);
  }
  return out;
}

/** Whether the word starts with the proclitic `p`, behind an optional و/ف ("لمسلحي", "وللجيش" for ل). */
export function hasProclitic(w: string, p: string): boolean {
  return w.startsWith(p) || (CONJUNCTIONS.includes(w[0] ?? "") && w.startsWith(p, 1));
}

/** The word without its leading و/ف, or null when it has none (or would keep fewer than two letters). */
export function withoutConjunction(w: string): string | null {
  return CONJUNCTIONS.includes(w[0] ?? "") && w.length >= 3 ? w.slice(1) : null;
}

/**
 * The word or key without its leading article, or null. Two-letter remainders are kept whole:
 * "ال" + one or two letters is not an article ("الم" is a word of its own).
 */
export function withoutArticle(w: string): string | null {
  return w.startsWith(ARTICLE) && w.length > 4 ? w.slice(2) : null;
}

/**
 * Whether the word carries the article behind optional proclitics: "القرية", "والقرية", "بالقرية",
 * "وبالقرية". Words starting "الل" (الله, اللواء) are left to the caller: their لل may be the root.
 */
export function hasArticle(w: string): boolean {
  return ARTICLED.test(w);
}

const ARTICLED = /^(و|ف)?(ب|ل|ك)?ال/;
