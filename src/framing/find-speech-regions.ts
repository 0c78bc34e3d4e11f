/**
 * Where the article speaks in someone else's voice: quotations (“…” «…» "…", all "\"" once
 * normalised) and indirect speech after a speech verb and its complementiser (قال … إن …) up to the
 * end of the sentence. Indirect speech of the outlet's own correspondent (قال مراسلنا إن) stays in
 * the outlet's voice. Offsets are into the normalised text.
 */
import type { Token } from "../text/tokenize.ts";
import type { CompiledFramingLexicon } from "./compile-framing-lexicon.ts";

export interface SpeechRegion {
  readonly kind: "quote" | "indirect";
  /** Content span, quotation marks excluded. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

const SENTENCE_END = /[.!?\n]/g;

export function findSpeechRegions(norm: string, tokens: readonly Token[], lex: CompiledFramingLexicon): SpeechRegion[] {
  return [...findQuotes(norm), ...findIndirect(norm, tokens, lex)];
}

/** Quotation marks paired in order within a paragraph; an unpaired last mark is dropped as stray. */
function findQuotes(norm: string): SpeechRegion[] {
  const out: SpeechRegion[] = [];
  let paraStart = 0;
  for (const para of norm.split("\n")) {
    const marks: number[] = [];
    for (let i = 0; i < para.length; i++) if (para[i] === '"') marks.push(paraStart + i);
    for (let k = 0; k + 1 < marks.length; k += 2) {
      const start = marks[k]! + 1;
      const end = marks[k + 1]!;
      const words = norm.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      out.push({ kind: "quote", start, end, words });
    }
    paraStart += para.length + 1;
  }
  return out;
}

function findIndirect(norm: string, tokens: readonly Token[], lex: CompiledFramingLexicon): SpeechRegion[] {
  const out: SpeechRegion[] = [];
  const max = lex.lexicon.speech.max_words_to_complementizer;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (verb.kind !== "word" || !verb.forms.some((f) => lex.verbs.has(f))) continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length && words <= max; j++) {
      const t = tokens[j]!;
      if (t.kind === "punct" && /[.!?]/.test(t.text)) break;
      if (norm.slice(tokens[j - 1]!.end, t.start).includes("\n")) break;
      if (t.kind !== "word") continue;
      words++;
      if (!t.forms.some((f) => lex.complementizers.has(f))) continue;
      const speaker = tokens.slice(i + 1, j);
      if (speaker.some((s) => s.forms.some((f) => lex.ownVoiceSpeakers.has(f)))) break;
      const end = sentenceEnd(norm, t.end);
      out.push({ kind: "indirect", start: t.end, end, words: norm.slice(t.end, end).split(/\s+/).length });
      i = j;
      break;
    }
  }
  return out;
}

function sentenceEnd(norm: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(norm);
  return m ? m.index : norm.length;
}
