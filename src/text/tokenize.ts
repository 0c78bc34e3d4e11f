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

let nextSlot = 0;

/** A fresh slot in every token's memo, for one matcher (phrase-matcher.ts, layered-matcher.ts). */
export function takeMemoSlot(): number {
  return nextSlot++;
}

/** The Arabic letters that start a word token, hamza to ya (a token opening on پ or ٱ is kept as punctuation). */
const isArabicLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a;
const isLatinLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const NONE: readonly string[] = [];

/**
 * What each UTF-16 code unit is to the tokenizer: a letter (Arabic, Arabic extended, Latin), a digit,
 * white space (as the regular expression class \s), or anything else, a one-character token.
 */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  table.fill(LETTER, 0x0621, 0x064a + 1).fill(LETTER, 0x0671, 0x06d3 + 1).fill(LETTER, 0x41, 0x5a + 1).fill(LETTER, 0x61, 0x7a + 1);
  table.fill(DIGIT, 0x30, 0x39 + 1);
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[code] = SPACE;
  table.fill(SPACE, 0x2000, 0x200a + 1);
  return table;
})();

/**
 * `offset`: where `text` starts in the document, added to every token's start and end.
 *
 * Tokens are runs of letters ("وبلده"), numbers with at most one decimal or thousands part ("12",
 * "3.5", "1,200"), or any other single character (",", "-"); white space separates them. The text is
 * read one code unit at a time, with no match object per token.
 */
export function tokenize(text: string, offset = 0): Token[] {
  return tokensOf(text, 0, text.length, offset);
}

/**
 * The tokens of text[from, to), their offsets into `text`: what tokenize(text.slice(from, to), from)
 * gives, read from the document's text itself. A sentence read from its own slice costs a quarter
 * more: every code unit of a sliced string is reached through its parent.
 *
 *   tokenizeSpan("قصف. قتل مدني", 5, 13)  →  tokens "قتل" (5–8) and "مدني" (9–13)
 */
export function tokenizeSpan(text: string, from: number, to: number): Token[] {
  return tokensOf(text, from, to, 0);
}

function tokensOf(text: string, begin: number, end: number, offset: number): Token[] {
  const tokens: Token[] = [];
  let i = begin;
  while (i < end) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === SPACE) {
      i++;
      continue;
    }
    const from = i;
    const first = text.charCodeAt(i);
    if (cls === LETTER && isArabicLetter(first)) {
      // An Arabic word: hashed as it is read, then found among the words already analysed by its
      // code units, so a word seen before costs no new string and no Map lookup.
      let hash = FNV_OFFSET;
      for (; i < end; i++) {
        const code = text.charCodeAt(i);
        if (CLASS[code] !== LETTER) break;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      const a = analyseWordAt(text, from, i, hash);
      const start = from + offset;
      tokens.push({ kind: "word", start, end: start + a.word.length, text: a.word, forms: a.forms, stems: a.stems, conj: a.conj, memo: a.memo });
      continue;
    }
    if (cls === LETTER) {
      i++;
      while (i < end && CLASS[text.charCodeAt(i)] === LETTER) i++;
    } else if (cls === DIGIT) {
      i++;
      while (i < end && CLASS[text.charCodeAt(i)] === DIGIT) i++;
      // One decimal or thousands part: "3.5", "1,200" (a second one starts a new token).
      if (i + 1 < end && (text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2c) && CLASS[text.charCodeAt(i + 1)] === DIGIT) {
        i += 2;
        while (i < end && CLASS[text.charCodeAt(i)] === DIGIT) i++;
      }
    } else i++;
    const s = text.slice(from, i);
    const start = from + offset;
    if (cls === DIGIT) {
      const { forms, memo } = analyseSymbol(s);
      tokens.push({ kind: "number", start, end: start + s.length, text: s, forms, stems: NONE, conj: false, memo });
    } else if (isLatinLetter(first)) {
      tokens.push({ kind: "word", start, end: start + s.length, text: s, forms: [s.toLowerCase()], stems: NONE, conj: withoutConjunction(s) !== null, memo: [] });
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

/** An Arabic word as the tokens share it: the word itself, its analysis, whether it opens on و/ف. */
interface KnownWord extends WordAnalysis {
  readonly word: string;
  readonly conj: boolean;
}

/**
 * Arabic words analysed so far: news repeats its words, and the analysis depends on the word alone.
 * An open-addressed table keyed by the word's code units (FNV-1a hash), emptied when half full, so
 * it is bounded and only ever returns what the analysis would compute.
 */
const TABLE_SIZE = 1 << 17;
const TABLE_MASK = TABLE_SIZE - 1;
const TABLE_LIMIT = TABLE_SIZE >> 1;
const tableHashes = new Int32Array(TABLE_SIZE);
let tableWords: (KnownWord | undefined)[] = new Array<KnownWord | undefined>(TABLE_SIZE);
let tableCount = 0;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The word text[from, to) (hashed `hash`), analysed once. */
function analyseWordAt(text: string, from: number, to: number, hash: number): KnownWord {
  const length = to - from;
  let at = hash & TABLE_MASK;
  for (;;) {
    const known = tableWords[at];
    if (known === undefined) break;
    if (tableHashes[at] === hash && known.word.length === length && sameCodeUnits(known.word, text, from)) return known;
    at = (at + 1) & TABLE_MASK;
  }
  if (tableCount >= TABLE_LIMIT) {
    tableWords = new Array<KnownWord | undefined>(TABLE_SIZE);
    tableCount = 0;
    at = hash & TABLE_MASK;
  }
  const word = text.slice(from, to);
  const known: KnownWord = { word, conj: withoutConjunction(word) !== null, ...analyseWord(word) };
  tableWords[at] = known;
  tableHashes[at] = hash;
  tableCount++;
  return known;
}

function sameCodeUnits(word: string, text: string, from: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

function analyseWord(word: string): WordAnalysis {
  const forms = wordForms(word);
  const stems: string[] = [];
  for (const f of forms) {
    for (const s of lightStems(f)) {
      const key = stemKey(s);
      if (!stems.includes(key)) stems.push(key);
    }
  }
  return { forms, stems: stems.length ? stems : NONE, memo: [] };
}

/**
 * The one form of a number or punctuation token, and its memo, shared by every token of the same
 * text ("2024", ","), as analyseWord shares a word's: the same arrays instead of two new ones each.
 */
const symbols = new Map<string, WordAnalysis>();
const SYMBOLS_LIMIT = 50_000;

function analyseSymbol(text: string): WordAnalysis {
  const known = symbols.get(text);
  if (known) return known;
  const analysis = { forms: [text], stems: NONE, memo: [] };
  if (symbols.size >= SYMBOLS_LIMIT) symbols.clear();
  symbols.set(text, analysis);
  return analysis;
}
