/**
 * `npm run train:merge`: fits the merge decision (data/merge/merge-model.json) on the story pairs of
 * ../shared/eval/train, deterministically.
 *
 * 1. Every train article is extracted with the current extractor; its events become reports as
 *    ingest would store them (same keys, outlets, syndication links).
 * 2. Every eligible pair of reports of two articles (same event type, a place tie, days at most one
 *    apart; see src/merge/pair-features.ts) is an example, labelled "one event" when the gold puts
 *    both articles in one story.
 * 3. A logistic regression over the pair features (src/learn/train-logistic.ts, fixed seed).
 * 4. The two thresholds (dated, undated) are the pair that maximises the article-pair F1 of the
 *    merge run over train in file order — what `rasd ingest` + `rasd export` is scored on. Ties go to
 *    the higher thresholds (fewer merges).
 * Dev is read only to print its figure next to train's; nothing is chosen on it.
 *
 *   npm run train:merge                 # fit and write the model file
 *   npm run train:merge -- --check      # figures of the shipped model on train and dev, writes nothing
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { contentHash } from "../src/ingest/content-hash.ts";
import { SYNDICATION_SIMILARITY } from "../src/ingest/store-article.ts";
import { signatureSimilarity, textSignature } from "../src/ingest/text-signature.ts";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic, type Example, type TrainOptions } from "../src/learn/train-logistic.ts";
import { leadWords } from "../src/merge/article-context.ts";
import { mergeInMemory } from "../src/merge/merge-in-memory.ts";
import { DEFAULT_MERGE_MODEL_PATH, fromMergeModelFile, loadMergeModel, type MergeModel, type MergeModelFile } from "../src/merge/merge-model.ts";
import { pairEligible, pairFeatures, type PairSide } from "../src/merge/pair-features.ts";
import { reportFromEvent } from "../src/merge/report-from-event.ts";
import type { ReportRecord } from "../src/model/report-record.ts";
import type { Article } from "../src/model/article.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { outletKey } from "../src/store/outlet-key.ts";
import { readJsonl } from "./learn/gold-examples.ts";

const EVAL_DIR = new URL("../../shared/eval", import.meta.url).pathname;
const OPTIONS: { -readonly [K in keyof TrainOptions]: TrainOptions[K] } = { ...DEFAULT_TRAIN_OPTIONS, epochs: 60, l2: 0.03, rate: 0.05, minCount: 8 };

const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, l2: { type: "string" }, "min-count": { type: "string" } } });
if (values.l2) OPTIONS.l2 = Number(values.l2);
if (values["min-count"]) OPTIONS.minCount = Number(values["min-count"]);

if (!existsSync(`${EVAL_DIR}/train/gold.jsonl`)) {
  console.log(`train:merge: skipped — no gold set at ${EVAL_DIR}/train (the evaluation data in ../shared is not available here).`);
  process.exit(0);
}

interface GoldStory {
  readonly id: string;
  readonly story: string | null;
}

const extract = createExtractor(await loadResources());
const train = readSet("train");
const dev = existsSync(`${EVAL_DIR}/dev/gold.jsonl`) ? readSet("dev") : null;

if (values.check) {
  const model = loadMergeModel(DEFAULT_MERGE_MODEL_PATH);
  console.log(`train ${fmt(await articlePairFigures(train, model))}`);
  if (dev) console.log(`dev   ${fmt(await articlePairFigures(dev, model))}   (read only, never fitted on)`);
  process.exit(0);
}

const examples: Example[] = [];
for (let i = 0; i < train.sides.length; i++) {
  for (let j = i + 1; j < train.sides.length; j++) {
    const x = train.sides[i]!;
    const y = train.sides[j]!;
    if (!pairEligible(x.report, y.report)) continue;
    examples.push({ features: pairFeatures(x, y), label: sameStory(train.story, x, y) });
  }
}
const fitted = trainLogistic(examples, OPTIONS);
const positives = examples.filter((e) => e.label).length;
console.log(`train:merge: ${examples.length} eligible report pairs, ${positives} of one story; ${fitted.weights.size} weights`);

// Policy, not fitted: an undated pair with only the same type, village and perpetrator must stay
// apart (front-line villages are shelled every week), so the undated threshold sits above it.
const weakP = probabilityOf(fitted, pairFeatures(weakSide("w1"), weakSide("w2")));
console.log(`train:merge: an undated same-type same-village same-actor pair scores ${weakP.toFixed(3)}; the undated threshold stays above it`);
let best: { t: number; u: number; figures: Figures } | null = null;
const grid = Array.from({ length: 19 }, (_, k) => Math.round((0.05 + 0.05 * k) * 100) / 100);
for (const t of grid) {
  for (const u of grid.filter((x) => x >= t && x > weakP)) {
    const figures = await articlePairFigures(train, { bias: fitted.bias, weights: fitted.weights, threshold: t, undatedThreshold: u });
    if (best === null || figures.f1 > best.figures.f1 + 1e-9 || (Math.abs(figures.f1 - best.figures.f1) <= 1e-9 && t + u > best.t + best.u)) best = { t, u, figures };
  }
}
const chosen = best!;
const file: MergeModelFile = {
  decision: "merge-pair",
  description: "P(two reports of two articles tell one real-world event | pair features of src/merge/pair-features.ts); a pair links when P ≥ threshold (undated_threshold when either report has no day)",
  trained_on: ["train"],
  examples: examples.length,
  positives,
  options: { ...OPTIONS },
  bias: fitted.bias,
  weights: Object.fromEntries([...fitted.weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
  threshold: chosen.t,
  undated_threshold: chosen.u,
  fit: { train_pair_precision: round(chosen.figures.p), train_pair_recall: round(chosen.figures.r), train_pair_f1: round(chosen.figures.f1) },
};
writeFileSync(DEFAULT_MERGE_MODEL_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(`train:merge: thresholds dated ${chosen.t}, undated ${chosen.u} → wrote ${DEFAULT_MERGE_MODEL_PATH}`);
console.log(`train ${fmt(chosen.figures)}`);
if (dev) console.log(`dev   ${fmt(await articlePairFigures(dev, fromMergeModelFile(file)))}   (read only, never fitted on)`);

interface LoadedSet {
  readonly sides: PairSide[];
  readonly story: Map<string, string | null>;
}

/** A gold set's articles extracted and turned into reports as ingest stores them, in file order. */
function readSet(name: string): LoadedSet {
  const articles = readJsonl<Article>(`${EVAL_DIR}/${name}/articles.jsonl`);
  const story = new Map(readJsonl<GoldStory>(`${EVAL_DIR}/${name}/gold.jsonl`).map((g) => [g.id, g.story]));
  const roots = syndicationRoots(articles);
  const sides: PairSide[] = [];
  for (const article of articles) {
    const hash = contentHash(article.text);
    const outlet = article.outlet === null ? null : outletKey(article.outlet);
    const root = roots.get(article.id) ?? null;
    const reports = extract(article).events.map((event, ordinal) => reportFromEvent(event, article.id, hash, ordinal));
    const lead = leadWords(article.title, article.text);
    const places = new Set(reports.map((r) => r.place_key));
    for (const report of reports) sides.push({ report, published: article.published, outlet_id: outlet, syndicated_of: root, lead, places });
  }
  return { sides, story };
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

function sameStory(story: ReadonlyMap<string, string | null>, x: PairSide, y: PairSide): boolean {
  const s = story.get(x.report.article_id);
  return s !== null && s !== undefined && s === story.get(y.report.article_id);
}

interface Figures {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly system: number;
  readonly gold: number;
}

/** The scorer's dedup measure: article pairs that share a merged event against pairs of one gold story. */
async function articlePairFigures(set: LoadedSet, model: MergeModel): Promise<Figures> {
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
  const p = system.size ? tp / system.size : 0;
  const r = gold.size ? tp / gold.size : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, system: system.size, gold: gold.size };
}

function pairsOf(groups: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const ids of groups) {
    const list = [...new Set(ids)].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.add(`${list[i]}|${list[j]}`);
  }
  return out;
}

function fmt(f: Figures): string {
  return `dedup pairs P ${pct(f.p)}  R ${pct(f.r)}  F1 ${pct(f.f1)}  (system pairs ${f.system}, gold pairs ${f.gold})`;
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function probabilityOf(model: { bias: number; weights: ReadonlyMap<string, number> }, features: readonly string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** An undated report of a shelling of one village by a named force, with nothing else said. */
function weakSide(article: string): PairSide {
  const report: ReportRecord = {
    report_key: `${article}:0`, article_id: article, ordinal: 0, local_event_id: "e1",
    event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", actor2: null,
    place_name: "village", place_key: "village", admin1: "Idlib", admin2: null, admin3: null, pcode: null, gazetteer_id: "weak:village",
    lat: 35.9, lon: 36.7, geo_precision: 1, date: null, date_precision: null, date_lo: null, date_hi: null,
    killed: null, injured: null, casualties: null, source: null, evidence_start: 0, evidence_end: 0, evidence_text: article, note: null, provenance_json: "[]",
  };
  return { report, published: null, outlet_id: `${article}.example`, syndicated_of: null, lead: new Set([article]), places: new Set(["village"]) };
}
