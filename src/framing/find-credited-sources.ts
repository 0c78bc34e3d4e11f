/**
 * Which kinds of sources an article credits: a source phrase of the lexicon (المرصد السوري، سانا،
 * مصادر محلية …) counts when an attribution cue (بحسب، نقلا عن، قال، لـ …) stands among the few words
 * before it, or a speech verb right after it ("المرصد أفاد"). A bare mention ("قصف المرصد") is
 * not a credit.
 */
import type { Evidence } from "../model/evidence.ts";
import type { CompiledFramingLexicon } from "./compile-framing-lexicon.ts";
import { findBestPhrases } from "./find-best-phrases.ts";
import type { PreparedText } from "./find-framing-indicators.ts";
import { spanInOriginal } from "./span-in-original.ts";

export interface CreditedSource extends Evidence {
  /** Source kind id in data/lexicon/framing.json (army_statement, observatory, local_sources …). */
  readonly kind: string;
}

const WINDOW_BEFORE = 4;

export function findCreditedSources(text: PreparedText, lex: CompiledFramingLexicon): CreditedSource[] {
  const { tokens } = text;
  const out: CreditedSource[] = [];
  for (const m of findBestPhrases(lex.sources, tokens)) {
    const before = tokens.slice(Math.max(0, m.first - WINDOW_BEFORE), m.first);
    const after = tokens[m.last + 1];
    const own = tokens[m.first]!;
    const cued =
      before.some((t) => t.forms.some((f) => lex.cues.has(f))) ||
      own.text.startsWith("ل") ||
      (after !== undefined && after.forms.some((f) => lex.verbs.has(f)));
    if (!cued) continue;
    const span = spanInOriginal(text.original, text.norm, own.start, tokens[m.last]!.end);
    out.push({ kind: m.value, start: span.start, end: span.end, text: text.original.slice(span.start, span.end) });
  }
  return out;
}
