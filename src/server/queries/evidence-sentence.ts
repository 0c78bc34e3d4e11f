import { articleTexts } from "../../store/get-article.ts";
import type { StoreSession } from "../../store/store-session.ts";
import type { Claim } from "../../store/stored-event.ts";

/** A span of an article's text (offsets in UTF-16 code units, as everywhere in rasd). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A claim with the sentence around its evidence, so a reader sees the evidence in context. */
export type ClaimWithSentence = Claim & { readonly sentence: TextSpan };

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence (or sentences) of `text` that contain [start, end). */
export function sentenceAround(text: string, start: number, end: number): TextSpan {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && text[to] !== "\n") to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** Add the sentence around each claim's evidence, reading every article once. */
export async function withSentences(store: StoreSession, claims: readonly Claim[]): Promise<ClaimWithSentence[]> {
  const texts = await articleTexts(store, claims.map((c) => c.article_id));
  return claims.map((claim) => {
    const text = texts.get(claim.article_id) ?? "";
    return { ...claim, sentence: sentenceAround(text, claim.evidence.start, claim.evidence.end) };
  });
}
