/**
 * What an outlet profile needs of one article's reading, small enough to store beside the article:
 * its camp and scores, the framing terms it uses in its own voice, and the kinds of sources it
 * credits. Offsets, evidence and reported speech are left out (GET /api/articles/:id/framing reads
 * the article again for those).
 *
 *   summarizeArticleFraming(readArticleFraming(article, lex))
 *   // { article_id: "a1", outlet: "example.sy", camp: "opposition", scores: { opposition: 4, … },
 *   //   own_terms: [{ term: "opp.regime_forces", form: "قوات النظام", weight: 2, … }], source_kinds: ["civil_defence"] }
 */
import type { CampReading, CampScores } from "./camp-reading.ts";
import type { Camp } from "./framing-lexicon-schema.ts";
import type { ArticleFraming } from "./read-article-framing.ts";

/** One hit of a framing term in the outlet's own voice (narration or a quoted name). */
export interface OwnTermHit {
  readonly term: string;
  readonly dimension: string;
  readonly camp: Camp;
  /** The term's strongest positive weight (0 for pure counter-evidence). */
  readonly weight: number;
  /** The surface form as written ("لقوات النظام"). */
  readonly form: string;
}

export interface ArticleFramingSummary {
  readonly article_id: string;
  readonly outlet: string | null;
  readonly camp: CampReading;
  readonly scores: CampScores;
  /** Hits outside reported speech, in text order. */
  readonly own_terms: readonly OwnTermHit[];
  /** Kinds of sources credited, each once, in order of first credit. */
  readonly source_kinds: readonly string[];
}

export function summarizeArticleFraming(reading: ArticleFraming): ArticleFramingSummary {
  return {
    article_id: reading.article_id,
    outlet: reading.outlet,
    camp: reading.camp,
    scores: reading.scores,
    own_terms: reading.indicators
      .filter((ind) => ind.voice !== "reported")
      .map((ind) => ({ term: ind.term, dimension: ind.dimension, camp: ind.camp, weight: Math.max(0, ...Object.values(ind.camps)), form: ind.text })),
    source_kinds: [...new Set(reading.sources.map((s) => s.kind))],
  };
}
