import { lightStems, stemKey } from "./light-stem.ts";
import { withoutConjunction, wordForms } from "./word-forms.ts";

/**
 * Tokens of normalised Arabic text, with the proclitics and the inflection analysed.
 *
 * A word token lists the forms it may stand for once its proclitics are removed, so "وللجيش" can
 * match the lexicon entry "الجيش" and "وبريف" the place word "ريف", and the light stems of those
 * forms, so "وباستهدافها" can match "استهداف":
 *
 *   tokenize("وللجيش")[0].forms  →  ["وللجيش", "للجيش", "الجيش", "جيش"]
 *   tokenize("وباستهدافها")[0].stems  →  ["p:وباستهداف", "p:باستهداف", "p:استهداف", "v:ستهداف"]
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
  /** Light stems of the forms as keys "tag:stem" (light-stem.ts): only what removing an affix reaches. */
  readonly stems: readonly string[];
  /** The word starts with the future prefix س on a verb-like stem (سيتم، ستشن). Set by callers that know verbs. */
  readonly conj: boolean;
  /**
   * Scratch that lexicon matchers keep per distinct word (phrase-matcher.ts: the entries the word may
   * start), one slot per matcher. Every token of the same Arabic word shares it while the word's
   * analysis is remembered, so a matcher works out a word once, not at each of its occurrences.
   */
  readonly memo: unknown[];
}

export { wordForms } from "./word-forms.ts";

const WORD = /[\u0621-\u064A\u0671-\u06D3A-Za-z]+|[0-9]+(?:[.,][0-9]+)?|[^\s\u0621-\u064A\u0671-\u06D3A-Za-z0-9]/g;
/** The Arabic letters that start a word token, hamza to ya (a token opening on پ or ٱ is kept as punctuation). */
const isArabicLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a;
const isLatinLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const NONE: readonly string[] = [];

/** `offset`: where `text` starts in the document, added to every token's start and end. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = m[0];
    const start = m.index + offset;
    const first = s.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) {
      const { forms, memo } = analyseSymbol(s);
      tokens.push({ kind: "number", start, end: start + s.length, text: s, forms, stems: NONE, conj: false, memo });
    } else if (isArabicLetter(first) || isLatinLetter(first)) {
      const { forms, stems, memo } = isArabicLetter(first) ? analyseWord(s) : { forms: [s.toLowerCase()], stems: NONE, memo: [] };
      tokens.push({ kind: "word", start, end: start + s.length, text: s, forms, stems, conj: withoutConjunction(s) !== null, memo });
    } else {
      const { forms, memo } = analyseSymbol(s);
      tokens.push({ kind: "punct", start, end: start + s.length, text: s, forms, stems: NONE, conj: false, memo });
    }
  }
  return tokens;
}

interface WordAnalysis {
  readonly forms: readonly string[];
  readonly stems: readonly string[];
  readonly memo: unknown[];
}

/**
 * Forms and stems of one word, remembered: news repeats its words, and the analysis depends on the
 * word alone. The memo is bounded and only ever returns what the analysis would compute.
 */
const memo = new Map<string, WordAnalysis>();
const MEMO_LIMIT = 50_000;

function analyseWord(word: string): WordAnalysis {
  const known = memo.get(word);
  if (known) return known;
  const forms = wordForms(word);
  const stems: string[] = [];
  for (const f of forms) {
    for (const s of lightStems(f)) {
      const key = stemKey(s);
      if (!stems.includes(key)) stems.push(key);
    }
  }
  const analysis = { forms, stems: stems.length ? stems : NONE, memo: [] };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, analysis);
  return analysis;
}

/**
 * The one form of a number or punctuation token, and its memo, shared by every token of the same
 * text ("2024", ","), as analyseWord shares a word's: the same arrays instead of two new ones each.
 */
const symbols = new Map<string, WordAnalysis>();

function analyseSymbol(text: string): WordAnalysis {
  const known = symbols.get(text);
  if (known) return known;
  const analysis = { forms: [text], stems: NONE, memo: [] };
  if (symbols.size >= MEMO_LIMIT) symbols.clear();
  symbols.set(text, analysis);
  return analysis;
}
