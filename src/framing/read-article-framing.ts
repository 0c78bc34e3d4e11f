/**
 * How one article frames the war: its framing indicators, the credited sources, camp scores and a
 * camp reading with the evidence behind it. Pure: the lexicon is passed in.
 *
 *   const reading = readArticleFraming(article, loadFramingLexicon());
 *   reading.camp        // "opposition"
 *   reading.evidence[0] // { start: 27, end: 38, text: "قوات النظام", term: "opp.regime_forces", … }
 */
import type { Article } from "../model/article.ts";
import type { CampReading, CampScores } from "./camp-reading.ts";
import { emptyScores } from "./camp-reading.ts";
import { compileFramingLexicon } from "./compile-framing-lexicon.ts";
import { decideCamp } from "./decide-camp.ts";
import { findCreditedSources, type CreditedSource } from "./find-credited-sources.ts";
import { findFramingIndicators, prepareText } from "./find-framing-indicators.ts";
import type { FramingIndicator } from "./framing-indicator.ts";
import type { Camp, FramingLexicon } from "./framing-lexicon-schema.ts";

export interface ArticleFraming {
  readonly article_id: string;
  readonly outlet: string | null;
  readonly camp: CampReading;
  readonly confidence: number;
  readonly scores: CampScores;
  readonly indicators: readonly FramingIndicator[];
  /** The indicators that weigh most for the reading's camp, strongest first. */
  readonly evidence: readonly FramingIndicator[];
  readonly sources: readonly CreditedSource[];
}

/** A term repeated many times says little more than a term used three times. */
const MAX_HITS_PER_TERM = 3;
const MAX_EVIDENCE = 6;

export function readArticleFraming(article: Article, lexicon: FramingLexicon): ArticleFraming {
  const lex = compileFramingLexicon(lexicon);
  const text = prepareText(article.text, lex);
  const indicators = findFramingIndicators(text, lex);
  const scores = scoreIndicators(indicators);
  const { camp, confidence } = decideCamp(scores);
  return {
    article_id: article.id,
    outlet: article.outlet,
    camp,
    confidence,
    scores,
    indicators,
    evidence: camp === "unclear" ? [] : evidenceFor(camp, indicators),
    sources: findCreditedSources(text, lex),
  };
}

/** Sum of weight × voice factor per camp, counting at most the three strongest hits of each term. */
export function scoreIndicators(indicators: readonly FramingIndicator[]): CampScores {
  const scores = emptyScores();
  // Counter-evidence (negative weights) lowers a camp but never below zero.
  const byTerm = new Map<string, FramingIndicator[]>();
  for (const ind of indicators) byTerm.set(ind.term, [...(byTerm.get(ind.term) ?? []), ind]);
  for (const hits of byTerm.values()) {
    const kept = [...hits].sort((a, b) => b.factor - a.factor).slice(0, MAX_HITS_PER_TERM);
    for (const h of kept) for (const [c, w] of Object.entries(h.camps) as [Camp, number][]) scores[c] += w * h.factor;
  }
  for (const c of Object.keys(scores) as Camp[]) scores[c] = Math.max(0, Math.round(scores[c] * 100) / 100);
  return scores;
}

function evidenceFor(camp: Camp, indicators: readonly FramingIndicator[]): FramingIndicator[] {
  return indicators
    .filter((i) => (i.camps[camp] ?? 0) * i.factor > 0)
    .sort((a, b) => (b.camps[camp] ?? 0) * b.factor - (a.camps[camp] ?? 0) * a.factor || a.start - b.start)
    .slice(0, MAX_EVIDENCE);
}
