/**
 * Per-outlet framing profiles from per-article readings: the camp over all its articles, the terms
 * it prefers (ranked by uses × the term's strongest weight, so a telling word used twice outranks
 * "سيطرت" used five times), and how often it credits each kind of source. Pure.
 *
 *   const profiles = profileOutlets(articles.map((a) => readArticleFraming(a, lex)));
 *   profiles[0]  // { outlet: "example.sy", articles: 12, camp: "government", confidence: 0.8, … }
 *
 * The store keeps each article's summary (article-framing-summary.ts), so profiles of a large store
 * come from `profileOutletSummaries` over stored rows, without reading the texts again.
 */
import { emptyScores, type CampReading, type CampScores } from "./camp-reading.ts";
import { decideCamp } from "./decide-camp.ts";
import type { Camp } from "./framing-lexicon-schema.ts";
import { summarizeArticleFraming, type ArticleFramingSummary } from "./article-framing-summary.ts";
import type { ArticleFraming } from "./read-article-framing.ts";

export interface PreferredTerm {
  readonly term: string;
  readonly dimension: string;
  readonly camp: Camp;
  /** Hits in the outlet's own voice, over all its articles. */
  readonly count: number;
  /** Surface forms as written, most frequent first. */
  readonly forms: readonly string[];
}

export interface SourceShare {
  readonly kind: string;
  /** Articles crediting this kind at least once. */
  readonly articles: number;
  /** articles / the outlet's articles. */
  readonly share: number;
}

export interface OutletProfile {
  readonly outlet: string;
  readonly articles: number;
  readonly camp: CampReading;
  readonly confidence: number;
  readonly scores: CampScores;
  /** How many of its articles read as each camp. */
  readonly article_camps: Readonly<Record<CampReading, number>>;
  readonly terms: readonly PreferredTerm[];
  readonly sources: readonly SourceShare[];
}

/** One long article must not outweigh many short ones: each article's evidence is capped. */
const MAX_SCORE_PER_ARTICLE = 10;
const MAX_TERMS = 10;
export const UNKNOWN_OUTLET = "(unknown)";

export function profileOutlets(readings: readonly ArticleFraming[]): OutletProfile[] {
  return profileOutletSummaries(readings.map(summarizeArticleFraming));
}

/** The same profiles from article summaries, in article order (ties between forms go to the first seen). */
export function profileOutletSummaries(readings: readonly ArticleFramingSummary[]): OutletProfile[] {
  const byOutlet = new Map<string, ArticleFramingSummary[]>();
  for (const r of readings) {
    const key = r.outlet ?? UNKNOWN_OUTLET;
    const list = byOutlet.get(key);
    if (list === undefined) byOutlet.set(key, [r]);
    else list.push(r);
  }
  return [...byOutlet.entries()]
    .map(([outlet, rs]) => profileOne(outlet, rs))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

function profileOne(outlet: string, readings: readonly ArticleFramingSummary[]): OutletProfile {
  const scores = emptyScores();
  const articleCamps: Record<CampReading, number> = { government: 0, opposition: 0, kurdish: 0, neutral: 0, unclear: 0 };
  for (const r of readings) {
    const total = Object.values(r.scores).reduce((a, b) => a + b, 0);
    const scale = total > MAX_SCORE_PER_ARTICLE ? MAX_SCORE_PER_ARTICLE / total : 1;
    for (const c of Object.keys(scores) as Camp[]) scores[c] += r.scores[c] * scale;
    articleCamps[r.camp]++;
  }
  for (const c of Object.keys(scores) as Camp[]) scores[c] = Math.round(scores[c] * 100) / 100;
  const { camp, confidence } = decideCamp(scores);
  return { outlet, articles: readings.length, camp, confidence, scores, article_camps: articleCamps, terms: preferredTerms(readings), sources: sourceShares(readings) };
}

function preferredTerms(readings: readonly ArticleFramingSummary[]): PreferredTerm[] {
  const acc = new Map<string, { dimension: string; camp: Camp; weight: number; count: number; forms: Map<string, number> }>();
  for (const r of readings) {
    for (const hit of r.own_terms) {
      const e = acc.get(hit.term) ?? { dimension: hit.dimension, camp: hit.camp, weight: hit.weight, count: 0, forms: new Map<string, number>() };
      e.count += hit.hits;
      e.forms.set(hit.form, (e.forms.get(hit.form) ?? 0) + hit.hits);
      acc.set(hit.term, e);
    }
  }
  return [...acc.entries()]
    .map(([term, e]) => ({
      term,
      weight: e.weight,
      dimension: e.dimension,
      camp: e.camp,
      count: e.count,
      forms: [...e.forms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f),
    }))
    .sort((a, b) => b.count * b.weight - a.count * a.weight || a.term.localeCompare(b.term))
    .map(({ weight: _weight, ...t }) => t)
    .slice(0, MAX_TERMS);
}

function sourceShares(readings: readonly ArticleFramingSummary[]): SourceShare[] {
  const counts = new Map<string, number>();
  for (const r of readings) for (const kind of r.source_kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts.entries()]
    .map(([kind, n]) => ({ kind, articles: n, share: Math.round((n / readings.length) * 100) / 100 }))
    .sort((a, b) => b.articles - a.articles || a.kind.localeCompare(b.kind));
}
