import { Buffer } from "node:buffer";

/**
 * Arabic normalisation for matching, with a map back to the original offsets.
 *
 * Every character of the normalised string comes from exactly one character of the original, so
 * `offsets[i]` is the index in the original text of normalised character `i` (and `offsets[length]`
 * is the original length). Dropped characters (harakat, tatweel, zero-width marks) have no image.
 *
 *   normalize("وبِلدةِ إحسم")  →  { text: "وبلده احسم", offsets: [0,1,3,4,5,7,8,9,10,11,12] }
 */
export interface Normalized {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** Dropped characters, as ranges of code units: harakat, tatweel, Quranic marks, zero-width and bidi controls, soft hyphen. */
const DROP: readonly (readonly [number, number])[] = [
  [0x064b, 0x065f], [0x0670, 0x0670], [0x0640, 0x0640], [0x0610, 0x061a], [0x06d6, 0x06ed],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], [0xfeff, 0xfeff], [0x00ad, 0x00ad],
];

/** One-character replacements. Alef forms, ya, ta marbuta, digits, punctuation, odd spaces and hashtags' underscores. */
const MAP: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
  "ک": "ك", "ی": "ي",
  "\u00A0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
  "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u205F": " ",
  "\u3000": " ", "\t": " ", "\r": " ",
  // A hashtag joins its words with underscores ("#الحشد_الشعبي"): they are the spaces of the name.
  "_": " ",
  "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'", "″": '"',
  "،": ",", "؛": ";", "؟": "?", "٪": "%", "–": "-", "—": "-", "ـ": "",
  "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
  "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
};

/**
 * The two tables above as one lookup by UTF-16 code unit, built once: the replacement's code, or
 * DROPPED. Normalising is then one table read per character, with no string built per character.
 */
const DROPPED = -1;
const TABLE: Int32Array = (() => {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  for (const [ch, mapped] of Object.entries(MAP)) table[ch.charCodeAt(0)] = mapped.length === 0 ? DROPPED : mapped.charCodeAt(0);
  for (const [first, last] of DROP) table.fill(DROPPED, first, last + 1);
  return table;
})();

export function normalize(original: string): Normalized {
  const length = original.length;
  const codes = new Uint16Array(length);
  const offsets = new Int32Array(length + 1);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const mapped = TABLE[original.charCodeAt(i)]!;
    if (mapped === DROPPED) continue;
    codes[n] = mapped;
    offsets[n++] = i;
  }
  offsets[n] = length;
  // The code units read back as UTF-16 in one native copy (a lone surrogate stays as it is), five
  // times faster than String.fromCharCode over chunks of them.
  const text = Buffer.from(codes.buffer, 0, n * 2).toString("utf16le");
  return { text, offsets: n === length ? offsets : offsets.slice(0, n + 1) };
}

/** Normalise a short string (a lexicon entry or a query) with no offset map; spaces collapsed. */
export function normalizeKey(s: string): string {
  if (s.length > KEY_MEMO_LENGTH) return keyOf(s);
  const known = keys.get(s);
  if (known !== undefined) return known;
  const key = keyOf(s);
  if (keys.size >= KEY_MEMO_LIMIT) keys.clear();
  keys.set(s, key);
  return key;
}

function keyOf(s: string): string {
  return collapseSeparators(normalize(isComposed(s) ? s : s.normalize("NFC")).text);
}

/**
 * Keys of short strings, remembered: extraction asks for the key of the same place names and words
 * again and again ("حلب" at every mention, each gazetteer alias at each lookup), and each time cost
 * two typed arrays and three strings. Bounded; only ever returns what keyOf computes.
 */
const keys = new Map<string, string>();
const KEY_MEMO_LENGTH = 64;
const KEY_MEMO_LIMIT = 50_000;

/**
 * `text.replace(/[\s"'()\[\]«».,:;!?-]+/g, " ").trim()` (every white space character trim removes is
 * a separator), read one code unit at a time through the SEPARATOR table: the regular expression
 * called out of its compiled code for every character to test the ranges of \s. A text with no
 * separator to drop or fold ("حلب") comes back as itself, nothing built.
 *
 *   collapseSeparators(" ريف  حلب, ")  →  "ريف حلب"
 */
function collapseSeparators(text: string): string {
  const length = text.length;
  let out = "";
  // The word being read starts at `from` (-1: between words); `words` counts those already in `out`.
  let from = -1;
  let words = 0;
  for (let i = 0; i <= length; i++) {
    if (i < length && SEPARATOR[text.charCodeAt(i)] === 0) {
      if (from < 0) from = i;
      continue;
    }
    if (from < 0) continue;
    if (from === 0 && i === length) return text;
    out = words === 0 ? text.slice(from, i) : out + " " + text.slice(from, i);
    words++;
    from = -1;
  }
  return out;
}

/**
 * `normalizeKey` of text that `normalize` already produced (a line of a document), without
 * normalising it again: normalising is idempotent (no replacement is itself replaced or dropped), so
 * only the canonical composition could still change such text, e.g. a Latin "e" followed by a
 * combining acute accent; then the full normalizeKey runs.
 *
 * `composed`: whether isComposed(text) holds, when the caller knows it already (prepare-document.ts
 * asks once per line, not once here and again in keyOfNormalizedLength).
 */
export function keyOfNormalized(text: string, composed: boolean = isComposed(text)): string {
  return composed || text.normalize("NFC") === text ? collapseSeparators(text) : normalizeKey(text);
}

/**
 * `keyOfNormalized(text).length`, without building the key when the text is already composed:
 * non-separator characters, plus one space for each run of separators between two of them.
 *
 *   keyOfNormalizedLength("  اقرا ايضا: ")  →  9  ("اقرا ايضا")
 *
 * `composed` as for keyOfNormalized.
 */
export function keyOfNormalizedLength(text: string, composed: boolean = isComposed(text)): number {
  if (!composed) return keyOfNormalized(text, false).length;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (SEPARATOR[text.charCodeAt(i)] === 1) {
      gap = length > 0;
      continue;
    }
    if (gap) length++;
    gap = false;
    length++;
  }
  return length;
}

/** The separators of keys as a table by code unit (1 = separator): white space as \s reads it, and "'()[]«».,:;!?-. */
const SEPARATOR: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of "\"'()[]«».,:;!?-") table[ch.charCodeAt(0)] = 1;
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[code] = 1;
  table.fill(1, 0x2000, 0x200a + 1);
  return table;
})();

/**
 * Characters that canonical composition leaves alone wherever they stand: none is a combining mark
 * or the second half of a composition, none has a canonical replacement. Latin up to U+02FF, the
 * Arabic letters and signs normalize() keeps, general punctuation from U+2010 ("…", "‐"). Text made
 * of them alone is already composed, so the costly full check is skipped for nearly every line of
 * Arabic news; "é" written as "e" + U+0301 still takes it.
 */
const COMPOSED: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const [first, last] of [[0x0000, 0x02ff], [0x0600, 0x060f], [0x061b, 0x064a], [0x0660, 0x066f], [0x0671, 0x06d3], [0x2010, 0x2027]] as const) table.fill(1, first, last + 1);
  return table;
})();

/**
 * Whether canonical composition leaves `text` as it is, by the table above (false may also mean
 * "not known": callers then compare with text.normalize("NFC")). A loop over the table, not a
 * regular expression: the expression's character ranges were tested by a call per character.
 */
export function isComposed(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (COMPOSED[text.charCodeAt(i)] === 0) return false;
  return true;
}

/** Original-text span of the normalised span [start, end). */
export function originalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const s = norm.offsets[start] ?? 0;
  const last = end > start ? (norm.offsets[end - 1] ?? s) + 1 : s;
  return { start: s, end: last };
}
