/**
 * The gold sets as the merge sees them, for fitting and checking the merge decision: every article
 * extracted with the current extractor, its events turned into reports as ingest stores them (same
 * keys, outlets, syndication links), in file order; and the scorer's dedup measure over a merge run.
 */
import { createExtractor } from "../../src/extract/create-extractor.ts";
import { contentHash } from "../../src/ingest/content-hash.ts";
import { SYNDICATION_SIMILARITY } from "../../src/ingest/store-article.ts";
import { signatureSimilarity, textSignature } from "../../src/ingest/text-signature.ts";
import { articleContext } from "../../src/merge/article-context.ts";
import { mergeInMemory } from "../../src/merge/merge-in-memory.ts";
import type { MergeModel } from "../../src/merge/merge-model.ts";
import type { PairSide } from "../../src/merge/pair-features.ts";
import { reportFromEvent } from "../../src/merge/report-from-event.ts";
import type { Article } from "../../src/model/article.ts";
import { outletKey } from "../../src/store/outlet-key.ts";
import { readJsonl } from "./gold-examples.ts";

interface GoldStory {
  readonly id: string;
  readonly story: string | null;
}

export interface LoadedSet {
  readonly articles: readonly Article[];
  readonly sides: readonly PairSide[];
  /** Article id → gold story (null: a story of its own). */
  readonly story: ReadonlyMap<string, string | null>;
}

/** A gold set's articles extracted and turned into reports as ingest stores them, in file order. */
export function readMergeSet(dir: string, extract: ReturnType<typeof createExtractor>): LoadedSet {
  const articles = readJsonl<Article>(`${dir}/articles.jsonl`);
  const story = new Map(readJsonl<GoldStory>(`${dir}/gold.jsonl`).map((g) => [g.id, g.story]));
  const roots = syndicationRoots(articles);
  const sides: PairSide[] = [];
  for (const article of articles) {
    const hash = contentHash(article.text);
    const outlet = article.outlet === null ? null : outletKey(article.outlet);
    const root = roots.get(article.id) ?? null;
    const reports = extract(article).events.map((event, ordinal) => reportFromEvent(event, article.id, hash, ordinal));
    const context = articleContext(article.title, article.text);
    const places = new Set(reports.map((r) => r.place_key));
    for (const report of reports) sides.push({ ...context, report, published: article.published, outlet_id: outlet, syndicated_of: root, places });
  }
  return { articles, sides, story };
}

/** The same set restricted to some articles (a fold of a cross-validation), file order kept. */
export function subset(set: LoadedSet, keep: ReadonlySet<string>): LoadedSet {
  return {
    articles: set.articles.filter((a) => keep.has(a.id)),
    sides: set.sides.filter((s) => keep.has(s.report.article_id)),
    story: new Map([...set.story].filter(([id]) => keep.has(id))),
  };
}

/** Near-identical texts of different outlets, as ingest links them: article id → group root (null for the root). */
function syndicationRoots(articles: readonly Article[]): Map<string, string | null> {
  const sig = articles.map((a) => textSignature(a.text));
  const out = new Map<string, string | null>();
  for (let i = 0; i < articles.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [articles[i]!, articles[j]!];
      if (a.outlet !== null && a.outlet === b.outlet) continue;
      if (signatureSimilarity(sig[i]!, sig[j]!) < SYNDICATION_SIMILARITY) continue;
      out.set(a.id, out.get(b.id) ?? b.id);
      break;
    }
  }
  return out;
}

export function sameStory(story: ReadonlyMap<string, string | null>, x: PairSide, y: PairSide): boolean {
  const s = story.get(x.report.article_id);
  return s !== null && s !== undefined && s === story.get(y.report.article_id);
}

/** Counts of the scorer's dedup measure; figures are computed from summed counts across folds. */
export interface PairCounts {
  readonly tp: number;
  readonly system: number;
  readonly gold: number;
}

export interface MergeRun {
  readonly counts: PairCounts;
  /** Article pairs "a|b" the merge made, and the gold pairs. */
  readonly system: ReadonlySet<string>;
  readonly gold: ReadonlySet<string>;
  /** Report key → the key of its group. */
  readonly group: ReadonlyMap<string, string>;
}

/** The scorer's dedup measure: article pairs that share a merged event against pairs of one gold story. */
export async function mergeRun(set: LoadedSet, model: MergeModel): Promise<MergeRun> {
  const { group } = await mergeInMemory(set.sides, model);
  const byGroup = new Map<string, Set<string>>();
  for (const side of set.sides) {
    const g = group.get(side.report.report_key)!;
    (byGroup.get(g) ?? byGroup.set(g, new Set()).get(g)!).add(side.report.article_id);
  }
  const system = pairsOf([...byGroup.values()].map((s) => [...s]));
  const stories = new Map<string, string[]>();
  for (const [id, s] of set.story) if (s) (stories.get(s) ?? stories.set(s, []).get(s)!).push(id);
  const gold = pairsOf([...stories.values()]);
  let tp = 0;
  for (const p of system) if (gold.has(p)) tp++;
  return { counts: { tp, system: system.size, gold: gold.size }, system, gold, group };
}

export function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const ids of groups) {
    const list = [...new Set(ids)].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.add(`${list[i]}|${list[j]}`);
  }
  return out;
}

export interface Figures {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly system: number;
  readonly gold: number;
}

export function figuresOf(c: PairCounts): Figures {
  const p = c.system ? c.tp / c.system : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, system: c.system, gold: c.gold };
}

export function addCounts(a: PairCounts, b: PairCounts): PairCounts {
  return { tp: a.tp + b.tp, system: a.system + b.system, gold: a.gold + b.gold };
}

export function fmtFigures(f: Figures): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  return `dedup pairs P ${pct(f.p)}  R ${pct(f.r)}  F1 ${pct(f.f1)}  (system pairs ${f.system}, gold pairs ${f.gold})`;
}
