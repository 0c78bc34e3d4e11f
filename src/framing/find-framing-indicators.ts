/**
 * Finds the framing terms of an article: longest phrase matches over its tokens (proclitics
 * analysed, quotation marks skipped so «المرصد» المعارض still matches), minus the matches that an
 * exclusion phrase explains (تحرير inside هيئة تحرير الشام), each with the voice it is spoken in.
 * A term that is a side's self-description, set alone in quotation marks, becomes a scare-quote
 * indicator instead: “الثوار” in quotes is distance from the rebels, not sympathy.
 */
import { normalize, type Normalized } from "../text/normalize.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import type { CompiledFramingLexicon } from "./compile-framing-lexicon.ts";
import { findBestPhrases } from "./find-best-phrases.ts";
import { findSpeechRegions, type SpeechRegion } from "./find-speech-regions.ts";
import type { FramingIndicator, Voice } from "./framing-indicator.ts";
import type { Camp, CampWeights } from "./framing-lexicon-schema.ts";
import { spanInOriginal } from "./span-in-original.ts";

/** The text prepared once for every matcher of this folder. */
export interface PreparedText {
  readonly original: string;
  readonly norm: Normalized;
  /** Tokens without quotation marks, so phrases match across them. */
  readonly tokens: readonly Token[];
  readonly regions: readonly SpeechRegion[];
}

export function prepareText(original: string, lex: CompiledFramingLexicon): PreparedText {
  const norm = normalize(original);
  const all = tokenize(norm.text);
  const tokens = all.filter((t) => !(t.kind === "punct" && (t.text === '"' || t.text === "'")));
  return { original, norm, tokens, regions: findSpeechRegions(norm.text, all, lex) };
}

export function findFramingIndicators(text: PreparedText, lex: CompiledFramingLexicon): FramingIndicator[] {
  const { tokens } = text;
  const excluded = excludedRanges(tokens, lex);
  const factors: Record<Voice, number> = {
    own: 1,
    reported: lex.lexicon.speech.reported_weight,
    "quoted-name": lex.lexicon.speech.quoted_name_factor,
  };
  const out: FramingIndicator[] = [];
  for (const m of findBestPhrases(lex.terms, tokens)) {
    const term = m.value;
    if (excluded.some((x) => x.term === term.id && x.first <= m.last && m.first <= x.last)) continue;
    const nStart = tokens[m.first]!.start;
    const nEnd = tokens[m.last]!.end;
    const voice = voiceAt(text.regions, nStart, nEnd, lex.lexicon.speech.quoted_name_max_words);
    const span = spanInOriginal(text.original, text.norm, nStart, nEnd);
    const selfOf = term.self_description_of;
    if (voice === "quoted-name" && selfOf !== undefined) {
      const signals = lex.lexicon.scare_quote_signals[selfOf] ?? {};
      const quoted = widenToQuotes(text.original, span.start, span.end);
      out.push(indicator(text.original, quoted, "scare_quotes", `scare_quote:${term.id}`, signals, voice, 1));
      continue;
    }
    out.push(indicator(text.original, span, term.dimension, term.id, term.camps, voice, factors[voice]));
  }
  return out;
}

function indicator(
  original: string,
  span: { start: number; end: number },
  dimension: string,
  term: string,
  camps: CampWeights,
  voice: Voice,
  factor: number,
): FramingIndicator {
  return {
    start: span.start,
    end: span.end,
    text: original.slice(span.start, span.end),
    dimension,
    term,
    camp: strongest(camps),
    camps,
    voice,
    reported: voice === "reported",
    factor,
  };
}

function strongest(camps: CampWeights): Camp {
  let best: Camp = "neutral";
  let w = -1;
  for (const [c, v] of Object.entries(camps) as [Camp, number][]) if (v > w && v > 0) [best, w] = [c, v];
  return best;
}

/** Quotation first (it is the stronger signal), then indirect speech. */
function voiceAt(regions: readonly SpeechRegion[], start: number, end: number, maxNameWords: number): Voice {
  const quote = regions.find((r) => r.kind === "quote" && r.start <= start && end <= r.end);
  if (quote) return quote.words <= maxNameWords ? "quoted-name" : "reported";
  return regions.some((r) => r.kind === "indirect" && r.start <= start && end <= r.end) ? "reported" : "own";
}

/** The span widened to the quotation marks around it (at most two characters away, e.g. لـ”…”). */
function widenToQuotes(original: string, start: number, end: number): { start: number; end: number } {
  const QUOTE = /["“”«»„]/;
  const before = [start - 1, start - 2].find((k) => k >= 0 && QUOTE.test(original[k]!));
  const after = [end, end + 1].find((k) => k < original.length && QUOTE.test(original[k]!));
  return { start: before ?? start, end: after === undefined ? end : after + 1 };
}

function excludedRanges(tokens: readonly Token[], lex: CompiledFramingLexicon): { first: number; last: number; term: string }[] {
  const out: { first: number; last: number; term: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const m of lex.excludes.matchesAt(tokens, i)) out.push({ first: m.first, last: m.last, term: m.value });
  }
  return out;
}
