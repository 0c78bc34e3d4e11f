/**
 * Tokens of normalised Arabic text, with the proclitics analysed.
 *
 * A word token lists the forms it may stand for once its proclitics are removed, so "وللجيش" can
 * match the lexicon entry "الجيش" and "وبريف" the place word "ريف":
 *
 *   tokenize("وللجيش")[0].forms  →  ["وللجيش", "للجيش", "الجيش", "لجيش", "جيش"]
 *
 * Offsets are into the normalised text (see normalize.ts for the map to the original).
 */
export type TokenKind = "word" | "number" | "punct";

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Candidate forms: the surface first, then with conjunction, preposition and article removed. */
  readonly forms: readonly string[];
  /** The word starts with the future prefix س on a verb-like stem (سيتم، ستشن). Set by callers that know verbs. */
  readonly conj: boolean;
}

const WORD = /[\u0621-\u064A\u0671-\u06D3A-Za-z]+|[0-9]+(?:[.,][0-9]+)?|[^\s\u0621-\u064A\u0671-\u06D3A-Za-z0-9]/g;
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Forms of a word with its proclitics (و ف, then ب ل ك or لل, then ال) removed. */
export function wordForms(w: string): string[] {
  const out = [w];
  const add = (x: string): void => {
    if (x.length >= 2 && !out.includes(x)) out.push(x);
  };
  const bases = [w];
  if ((w.startsWith("و") || w.startsWith("ف")) && w.length >= 3) {
    bases.push(w.slice(1));
    add(w.slice(1));
  }
  for (const b of bases) {
    if (b.startsWith("لل") && b.length > 4) {
      add("ال" + b.slice(2));
      add(b.slice(2));
    } else if ((b.startsWith("ب") || b.startsWith("ل") || b.startsWith("ك")) && b.length > 3) {
      add(b.slice(1));
    }
  }
  for (const f of [...out]) {
    if (f.startsWith("ال") && f.length > 4) add(f.slice(2));
  }
  return out;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = m[0];
    const start = m.index;
    if (/^[0-9]/.test(s)) {
      tokens.push({ kind: "number", start, end: start + s.length, text: s, forms: [s], conj: false });
    } else if (ARABIC_LETTER.test(s[0]!) || /[A-Za-z]/.test(s[0]!)) {
      const forms = ARABIC_LETTER.test(s[0]!) ? wordForms(s) : [s.toLowerCase()];
      tokens.push({ kind: "word", start, end: start + s.length, text: s, forms, conj: s.length > 2 && (s[0] === "و" || s[0] === "ف") });
    } else {
      tokens.push({ kind: "punct", start, end: start + s.length, text: s, forms: [s], conj: false });
    }
  }
  return tokens;
}
