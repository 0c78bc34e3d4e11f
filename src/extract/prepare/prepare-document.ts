import type { Article } from "../../model/article.ts";
import { isComposed, keyOfNormalized, keyOfNormalizedLength, normalize, type Normalized } from "../../text/normalize.ts";
import { tokenizeSpan, type Token } from "../../text/tokenize.ts";
import type { CompiledLexicons } from "./compiled-lexicons.ts";

/** A sentence of the normalised text: its span, tokens, and the paragraph it sits in. */
export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** A headline line at the top of the text (short, no final punctuation): summarises, codes nothing. */
  readonly headline: boolean;
}

/** The article, its normalised text with the offset map, and its sentences (boilerplate removed). */
export interface Document {
  readonly article: Article;
  readonly norm: Normalized;
  readonly sentences: readonly Sentence[];
}

const SENTENCE_END = /[.!?]+(?=\s|$|["')\]])|\n+/g;

/** Stage 1: normalise, drop boilerplate lines, split sentences, tokenise. */
export function prepareDocument(article: Article, lex: CompiledLexicons): Document {
  const norm = normalize(article.text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const text = norm.text;
  // Whether every sentence so far is a headline (the text is still at its top).
  let allHeadlines = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed && !isBoilerplate(line, lex)) {
      const top = allHeadlines && paragraph < 4;
      // Headlines at the top, and short subtitle lines anywhere ("معركة شرق إدلب"), summarise: they
      // code nothing. Most lines end on punctuation: their words are not counted.
      const unpunctuated = !/[.!?:]\s*$/.test(trimmed);
      const words = unpunctuated ? wordCount(trimmed) : 0;
      const headline = unpunctuated && ((top && words <= 16) || words <= 6);
      const before = sentences.length;
      splitSentences(text, line, lineStart, paragraph, sentences, headline);
      if (sentences.length > before && !headline) allHeadlines = false;
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return { article, norm, sentences };
}

/** Words of a trimmed line, as many as `trimmed.split(/\s+/)` gives, without building them. */
function wordCount(trimmed: string): number {
  let count = 1;
  SPACES.lastIndex = 0;
  while (SPACES.test(trimmed)) count++;
  return count;
}

const SPACES = /\s+/g;

/** The sentences of `line`, which starts at `offset` in the document's `text` (tokens are read from `text`). */
function splitSentences(text: string, line: string, offset: number, paragraph: number, out: Sentence[], headline: boolean): void {
  let start = 0;
  const push = (end: number): void => {
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 1) {
      const s = offset + start + lead;
      const tokens = tokenizeSpan(text, s, s + trimmed.length);
      if (tokens.length) out.push({ index: out.length, paragraph, start: s, end: s + trimmed.length, tokens, headline });
    }
  };
  for (const m of line.matchAll(SENTENCE_END)) {
    // Keep decimal points and abbreviations like "أ.ف.ب" inside the sentence.
    const prev = line[m.index - 1] ?? "";
    const next = line[m.index + m[0].length] ?? "";
    if (m[0] === "." && (/[0-9]/.test(prev) && /[0-9]/.test(next))) continue;
    if (m[0] === "." && m.index - start < 3) continue;
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(line.length);
}

/** Lines this long are reporting: site chrome is short. */
const LONGEST_BOILERPLATE_LINE = 400;
/** Lines with a key this long are not searched for boilerplate phrases. */
const LONGEST_PHRASE_LINE = 160;

function isBoilerplate(line: string, lex: CompiledLexicons): boolean {
  if (line.length > LONGEST_BOILERPLATE_LINE) return false;
  // Asked once of the line, not once for its key's length and again for its key.
  const composed = isComposed(line);
  // A key too long for a boilerplate line and for the phrase search below is not built at all.
  const length = keyOfNormalizedLength(line, composed);
  if (length >= LONGEST_PHRASE_LINE && length > lex.longestBoilerplateLine) return false;
  const key = keyOfNormalized(line, composed);
  if (!key) return true;
  if (lex.boilerplateLines.has(key)) return true;
  // Short lines holding a boilerplate phrase: site chrome, not reporting.
  if (key.length < LONGEST_PHRASE_LINE && lex.boilerplatePhrases.foundIn(key)) return true;
  return false;
}
