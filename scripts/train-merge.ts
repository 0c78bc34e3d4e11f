/**
 * `npm run train:merge`: fits the merge decision (data/merge/merge-model.json) on the story pairs of
 * ../shared/eval/train, deterministically.
 *
 * 1. Every train article is extracted with the current extractor; its events become reports as
 *    ingest would store them (scripts/learn/merge-sets.ts).
 * 2. Every eligible pair of reports of two articles (see src/merge/pair-features.ts `pairEligible`)
 *    is an example, labelled "one event" when the gold puts both articles in one story.
 * 3. A logistic regression over the pair features (src/learn/train-logistic.ts, fixed seed).
 * 4. The two thresholds (dated, undated) are the pair that maximises the article-pair F1 —
 *    what `rasd ingest` + `rasd export` is scored on — out of fold: cross-validation by story
 *    (5 folds × 3 seeds), each fold's weights fitted without it, the whole set merged in file order
 *    and scored on the fold's pairs. In-sample thresholds sat too low (the weights had seen the
 *    pairs). Ties go to the higher thresholds (fewer merges). The undated threshold stays above an
 *    undated same-type, same-village, same-actor pair with nothing else (policy, not fitted).
 * Dev is read only to print its figure next to train's; nothing is chosen on it.
 *
 *   npm run train:merge                 # fit and write the model file
 *   npm run train:merge -- --check      # figures of the shipped model on train and dev, writes nothing
 *   npm run train:merge -- --cv         # cross-validation by story on train (5 folds × 3 seeds), writes nothing
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic, type Example, type TrainOptions } from "../src/learn/train-logistic.ts";
import { seededRandom } from "../src/learn/seeded-random.ts";
import { DEFAULT_MERGE_MODEL_PATH, fromMergeModelFile, loadMergeModel, type MergeModelFile } from "../src/merge/merge-model.ts";
import { pairEligible, pairFeatures, type PairSide } from "../src/merge/pair-features.ts";
import type { ReportRecord } from "../src/model/report-record.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { addCounts, figuresOf, fmtFigures, mergeRun, readMergeSet, sameStory, subset, type Figures, type LoadedSet, type PairCounts } from "./learn/merge-sets.ts";

const EVAL_DIR = new URL("../../shared/eval", import.meta.url).pathname;
const OPTIONS: { -readonly [K in keyof TrainOptions]: TrainOptions[K] } = { ...DEFAULT_TRAIN_OPTIONS, epochs: 60, l2: 0.03, rate: 0.05, minCount: 8 };
const FOLDS = 5;
const CV_SEEDS = [1, 2, 3];
/** Thresholds tried for dated and undated pairs. */
const GRID = Array.from({ length: 17 }, (_, k) => Math.round((0.1 + 0.05 * k) * 100) / 100);

const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, cv: { type: "boolean", default: false }, dry: { type: "boolean", default: false }, l2: { type: "string" }, "min-count": { type: "string" } } });
if (values.l2) OPTIONS.l2 = Number(values.l2);
if (values["min-count"]) OPTIONS.minCount = Number(values["min-count"]);

if (!existsSync(`${EVAL_DIR}/train/gold.jsonl`)) {
  console.log(`train:merge: skipped — no gold set at ${EVAL_DIR}/train (the evaluation data in ../shared is not available here).`);
  process.exit(0);
}

const extract = createExtractor(await loadResources());
const train = readMergeSet(`${EVAL_DIR}/train`, extract);
const dev = existsSync(`${EVAL_DIR}/dev/gold.jsonl`) ? readMergeSet(`${EVAL_DIR}/dev`, extract) : null;

if (values.check) {
  const model = loadMergeModel(DEFAULT_MERGE_MODEL_PATH);
  console.log(`train ${fmtFigures(figuresOf((await mergeRun(train, model)).counts))}`);
  if (dev) console.log(`dev   ${fmtFigures(figuresOf((await mergeRun(dev, model)).counts))}   (read only, never fitted on)`);
  process.exit(0);
}

if (values.cv) {
  // Folds by story: all articles of one gold story fall in one fold, so no pair of a held-out
  // article was seen in fitting. Each fold's model merges the whole set (as many look-alike
  // articles around as in use) and is scored on the pairs whose later-fold article is held out, so
  // every article pair is scored once. Counts are summed over the folds, then over the seeds.
  let total: PairCounts = { tp: 0, system: 0, gold: 0 };
  for (const seed of CV_SEEDS) {
    let counts: PairCounts = { tp: 0, system: 0, gold: 0 };
    const folds = storyFolds(train, FOLDS, seed);
    for (const [k, [fit]] of folds.entries()) {
      const model = fromMergeModelFile((await fitMergeModel(fit)).file);
      counts = addCounts(counts, heldOutCounts(await mergeRun(train, model), folds, k));
    }
    console.log(`cv seed ${seed}  ${fmtFigures(figuresOf(counts))}`);
    total = addCounts(total, counts);
  }
  console.log(`cv (${FOLDS} folds by story × ${CV_SEEDS.length} seeds)  ${fmtFigures(figuresOf(total))}`);
  const curve = await thresholdCurve(train);
  const best = bestThresholds(curve);
  console.log(`cv at the out-of-fold best thresholds (dated ${best.t}, undated ${best.u})  ${fmtFigures(best.figures)}`);
  process.exit(0);
}

const { file, figures, examples } = await fitMergeModel(train, true);
console.log(`train:merge: ${examples} eligible report pairs, ${file.positives} of one story; ${Object.keys(file.weights).length} weights`);
if (!values.dry) writeFileSync(DEFAULT_MERGE_MODEL_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(`train:merge: thresholds dated ${file.threshold}, undated ${file.undated_threshold} → wrote ${DEFAULT_MERGE_MODEL_PATH}`);
console.log(`train ${fmtFigures(figures)}`);
if (values.dry) console.log(`weights bias ${file.bias} ${Object.entries(file.weights).map(([f, w]) => `${f} ${w}`).join(", ")}`);
if (dev) console.log(`dev   ${fmtFigures(figuresOf((await mergeRun(dev, fromMergeModelFile(file))).counts))}   (read only, never fitted on)`);

/** Weights by logistic regression over the set's eligible report pairs, then the thresholds for its article-pair F1. */
/** The logistic weights over the set's eligible report pairs, and the probability of the weak undated pair under them. */
function fitWeights(set: LoadedSet): { bias: number; weights: ReadonlyMap<string, number>; weakP: number; examples: Example[] } {
  const examples: Example[] = [];
  for (let i = 0; i < set.sides.length; i++) {
    for (let j = i + 1; j < set.sides.length; j++) {
      const x = set.sides[i]!;
      const y = set.sides[j]!;
      if (!pairEligible(x.report, y.report)) continue;
      examples.push({ features: pairFeatures(x, y), label: sameStory(set.story, x, y) });
    }
  }
  const fitted = trainLogistic(examples, OPTIONS);
  // Policy, not fitted: an undated pair with only the same type, village and perpetrator must stay
  // apart (front-line villages are shelled every week), so the undated threshold sits above it.
  const weakP = probabilityOf(fitted, pairFeatures(weakSide("w1"), weakSide("w2")));
  return { ...fitted, weakP, examples };
}

async function fitMergeModel(set: LoadedSet, thresholdsByCv = false): Promise<{ file: MergeModelFile; figures: Figures; examples: number }> {
  const fitted = fitWeights(set);
  const examples = fitted.examples;
  const inSample = new Map<string, PairCounts>();
  for (const t of GRID) {
    for (const u of GRID.filter((x) => x >= t && x > fitted.weakP)) {
      inSample.set(`${t}|${u}`, (await mergeRun(set, { bias: fitted.bias, weights: fitted.weights, threshold: t, undatedThreshold: u })).counts);
    }
  }
  const picked = bestThresholds(thresholdsByCv ? await thresholdCurve(set) : inSample);
  const chosen = { t: picked.t, u: picked.u, figures: figuresOf(inSample.get(`${picked.t}|${picked.u}`) ?? (await mergeRun(set, { bias: fitted.bias, weights: fitted.weights, threshold: picked.t, undatedThreshold: picked.u })).counts) };
  const file: MergeModelFile = {
    decision: "merge-pair",
    description: "P(two reports of two articles tell one real-world event | pair features of src/merge/pair-features.ts); a pair links when P ≥ threshold (undated_threshold when either report has no day)",
    trained_on: ["train"],
    examples: examples.length,
    positives: examples.filter((e) => e.label).length,
    options: { ...OPTIONS },
    bias: fitted.bias,
    weights: Object.fromEntries([...fitted.weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    threshold: chosen.t,
    undated_threshold: chosen.u,
    fit: { train_pair_precision: round(chosen.figures.p), train_pair_recall: round(chosen.figures.r), train_pair_f1: round(chosen.figures.f1) },
  };
  return { file, figures: chosen.figures, examples: examples.length };
}

/** `folds` (fit, held-out) splits of a set; the articles of one story (or one article without a story) stay together. */
function storyFolds(set: LoadedSet, folds: number, seed: number): [LoadedSet, LoadedSet][] {
  const units = [...new Set(set.articles.map((a) => set.story.get(a.id) ?? a.id))].sort();
  const random = seededRandom(seed);
  for (let i = units.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [units[i], units[j]] = [units[j]!, units[i]!];
  }
  const foldOf = new Map(units.map((u, i) => [u, i % folds]));
  return Array.from({ length: folds }, (_, k) => {
    const held = new Set(set.articles.filter((a) => foldOf.get(set.story.get(a.id) ?? a.id) === k).map((a) => a.id));
    const fit = new Set(set.articles.filter((a) => !held.has(a.id)).map((a) => a.id));
    return [subset(set, fit), subset(set, held)];
  });
}

/** The counts of a merge run over the whole set on the pairs fold k scores: those whose later-fold article is in fold k. */
function heldOutCounts(run: Awaited<ReturnType<typeof mergeRun>>, folds: readonly [LoadedSet, LoadedSet][], k: number): PairCounts {
  const scored = (pair: string): boolean => Math.max(...pair.split("|").map((id) => foldOf(folds, id))) === k;
  const system = [...run.system].filter(scored);
  return { tp: system.filter((p) => run.gold.has(p)).length, system: system.length, gold: [...run.gold].filter(scored).length };
}


/**
 * Out-of-fold counts of every (dated, undated) threshold pair: each fold's weights are fitted
 * without the fold, the whole set is merged at each threshold pair and scored on the fold's pairs.
 */
async function thresholdCurve(set: LoadedSet): Promise<Map<string, PairCounts>> {
  const curve = new Map<string, PairCounts>();
  for (const seed of CV_SEEDS) {
    const folds = storyFolds(set, FOLDS, seed);
    for (const [k, [fit]] of folds.entries()) {
      const fitted = fitWeights(fit);
      for (const t of GRID) {
        for (const u of GRID.filter((x) => x >= t && x > fitted.weakP)) {
          const counts = heldOutCounts(await mergeRun(set, { bias: fitted.bias, weights: fitted.weights, threshold: t, undatedThreshold: u }), folds, k);
          curve.set(`${t}|${u}`, addCounts(curve.get(`${t}|${u}`) ?? { tp: 0, system: 0, gold: 0 }, counts));
        }
      }
    }
  }
  // A pair missing in some fold (under that fold's weak-pair floor) does not compete.
  const full = Math.max(...[...curve.values()].map((c) => c.gold));
  return new Map([...curve].filter(([, c]) => c.gold === full));
}

function bestThresholds(curve: ReadonlyMap<string, PairCounts>): { t: number; u: number; figures: Figures } {
  let best: { t: number; u: number; figures: Figures } | null = null;
  for (const [key, counts] of curve) {
    const [t, u] = key.split("|").map(Number) as [number, number];
    const figures = figuresOf(counts);
    if (best === null || figures.f1 > best.figures.f1 + 1e-9 || (Math.abs(figures.f1 - best.figures.f1) <= 1e-9 && t + u > best.t + best.u)) best = { t, u, figures };
  }
  return best!;
}

function foldOf(folds: readonly [LoadedSet, LoadedSet][], articleId: string): number {
  return folds.findIndex(([, held]) => held.story.has(articleId));
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

