/**
 * What an outlet profile needs of one article's reading, small enough to store beside the article:
 * its camp and scores, the framing terms it uses in its own voice, and the kinds of sources it
 * credits. Offsets, evidence and reported speech are left out (GET /api/articles/:id/framing reads
 * the article again for those).
 *
 *   summarizeArticleFraming(readArticleFraming(article, lex))
 *   // { article_id: "a1", outlet: "example.sy", camp: "opposition", scores: { opposition: 4, … },
 *   //   own_terms: [{ term: "opp.regime_forces", form: "قوات النظام", hits: 3, … }], source_kinds: ["civil_defence"] }
 */
import type { CampReading, CampScores } from "./camp-reading.ts";
import type { Camp } from "./framing-lexicon-schema.ts";
import type { ArticleFraming } from "./read-article-framing.ts";

/** A framing term in the outlet's own voice (narration or a quoted name), as one form is written. */
export interface OwnTermHit {
  readonly term: string;
  readonly dimension: string;
  readonly camp: Camp;
  /** The term's strongest positive weight (0 for pure counter-evidence). */
  readonly weight: number;
  /** The surface form as written ("لقوات النظام"). */
  readonly form: string;
  /** Hits of this term in this form in the article. */
  readonly hits: number;
}

export interface ArticleFramingSummary {
  readonly article_id: string;
  readonly outlet: string | null;
  readonly camp: CampReading;
  readonly scores: CampScores;
  /** Each term and form used outside reported speech, once with its hits, in order of first use. */
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
    own_terms: ownTerms(reading),
    source_kinds: [...new Set(reading.sources.map((s) => s.kind))],
  };
}

/**
 * A report that says "قوات النظام" five times keeps one entry with 5 hits: a profile counts the same,
 * and ties between forms still go to the form seen first.
 */
function ownTerms(reading: ArticleFraming): OwnTermHit[] {
  const byTermForm = new Map<string, { -readonly [K in keyof OwnTermHit]: OwnTermHit[K] }>();
  for (const ind of reading.indicators) {
    if (ind.voice === "reported") continue;
    const key = `${ind.term}\u0000${ind.text}`;
    const seen = byTermForm.get(key);
    if (seen !== undefined) seen.hits++;
    else byTermForm.set(key, { term: ind.term, dimension: ind.dimension, camp: ind.camp, weight: Math.max(0, ...Object.values(ind.camps)), form: ind.text, hits: 1 });
  }
  return [...byTermForm.values()];
}
