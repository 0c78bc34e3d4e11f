/**
 * `npm run train:merge`: fits the merge decision (data/merge/merge-model.json) on the story pairs of
 * ../shared/eval/train, deterministically: the file it writes is the shipped one, byte for byte.
 *
 * 1. Every train article is extracted with the current extractor; its events become reports as
 *    ingest would store them (scripts/learn/merge-sets.ts).
 * 2. Every eligible pair of reports of two articles (see src/merge/pair-features.ts `pairEligible`)
 *    is an example, labelled "one event" when the gold puts both articles in one story. Pairs whose
 *    articles are apart (`articlesApart`: few words or no year in common) are examples too: the
 *    merge never compares them, but fitting without them cross-validated worse (the easy
 *    negatives set the bias).
 * 3. Cross-validation by story (5 folds × 3 seeds): each of the 15 folds fits a logistic regression
 *    (src/learn/train-logistic.ts, fixed seed) without the fold, merges the whole set in file order
 *    at every threshold of GRID (one for dated and undated pairs, see 5) and is scored on the fold's article pairs —
 *    what `rasd ingest` + `rasd export` is scored on. Threshold pairs that pass the same pairs merge
 *    alike, so each fold merges once per distinct set of passing pairs (`linkLevels`), not once per
 *    grid point: the same figures, several times faster.
 * 4. The shipped weights are the mean of the 15 fold fits (bagging over folds): steadier than one
 *    fit, and of the same scale as the fits the thresholds were chosen for (one fit on all of train
 *    took more SGD steps and sat elsewhere, so thresholds chosen out of fold did not fit it).
 * 5. The threshold is the middle of the best plateau of the out-of-fold F1 curve: the one whose
 *    neighbourhood (±PLATEAU) has the highest mean F1, not the single best one, which sat on an
 *    edge (a grid twice as fine moved it and its nested-CV F1 fell 58.2 → 55.2). Dated and undated
 *    pairs share it (the model file keeps both fields, equal): the day:undated-* features already
 *    weigh an undated pair down, and an undated threshold fitted apart moved from fold to fold
 *    (0.4 to 0.6) and cross-validated worse (nested F1 49.2 / 49.3 on outer seeds 1–3 / 4–6 against
 *    50.1 / 50.6 with one threshold). An undated pair that only the kind of event, the place and
 *    the sides tie (day:undated-uncorroborated) never links, whatever the threshold: that policy
 *    is a rule of decideLink (src/merge/link-decision.ts), not fitted, so the runs here obey it.
 * Dev is read only to print its figure next to train's; nothing is chosen on it.
 *
 *   npm run train:merge                 # fit and write the model file
 *   npm run train:merge -- --check      # figures of the shipped model on train and dev, writes nothing
 *   npm run train:merge -- --cv         # nested cross-validation of this whole procedure on train, writes nothing
 *   npm run train:merge -- --cv --outer-seeds 4,5,6   # the same on other outer splits
 *   npm run train:merge -- --cv --errors                # and each fold's held-out false and missed pairs, with their features
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic, type Example, type TrainOptions } from "../src/learn/train-logistic.ts";
import { seededRandom } from "../src/learn/seeded-random.ts";
import { DEFAULT_MERGE_MODEL_PATH, fromMergeModelFile, loadMergeModel, type MergeModelFile } from "../src/merge/merge-model.ts";
import { articlesApart, dayGap, pairEligible, pairFeatures, type PairSide } from "../src/merge/pair-features.ts";
import type { ReportRecord } from "../src/model/report-record.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { addCounts, figuresOf, fmtFigures, mergeRun, readMergeSet, sameStory, subset, type Figures, type LoadedSet, type PairCounts } from "./learn/merge-sets.ts";

const EVAL_DIR = new URL("../../shared/eval", import.meta.url).pathname;
const OPTIONS: { -readonly [K in keyof TrainOptions]: TrainOptions[K] } = { ...DEFAULT_TRAIN_OPTIONS, epochs: 60, l2: 0.03, rate: 0.05, minCount: 8 };
const FOLDS = 5;
const CV_SEEDS = [1, 2, 3];
/** Thresholds tried: 0.1 to 0.6 by 0.025 (no fold chose above 0.55). */
const GRID = Array.from({ length: 21 }, (_, k) => Math.round((0.1 + 0.025 * k) * 1000) / 1000);
/** Half-width of the neighbourhood whose mean F1 ranks a threshold pair (two grid steps). */
const PLATEAU = 0.05;

const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, cv: { type: "boolean", default: false }, dry: { type: "boolean", default: false }, l2: { type: "string" }, "min-count": { type: "string" }, "outer-seeds": { type: "string" }, errors: { type: "boolean", default: false } } });
if (values.l2) OPTIONS.l2 = Number(values.l2);
if (values["min-count"]) OPTIONS.minCount = Number(values["min-count"]);
/** The nested cross-validation's outer splits (`--outer-seeds 4,5,6`): its figure moves by several points from one set of splits to another, so compare changes on more than one. */
const outerSeeds = values["outer-seeds"] ? values["outer-seeds"].split(",").map(Number) : CV_SEEDS;

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
  // Nested: the whole procedure (fold fits, their mean, the plateau thresholds) runs on each outer
  // fold's training part, so no threshold and no weight saw the held-out stories. Folds by story;
  // the outer model merges the whole set and is scored on the pairs whose later-fold article is
  // held out, so every article pair is scored once per seed.
  let total: PairCounts = { tp: 0, system: 0, gold: 0 };
  const perFold: number[] = [];
  const perSeed: number[] = [];
  for (const seed of outerSeeds) {
    let counts: PairCounts = { tp: 0, system: 0, gold: 0 };
    const folds = storyFolds(train, FOLDS, seed);
    for (const [k, [fit]] of folds.entries()) {
      const { file } = await fitMergeModel(fit);
      const run = await mergeRun(train, fromMergeModelFile(file));
      const held = heldOutCounts(run, folds, k);
      if (values.errors) printErrors(run, folds, k, fromMergeModelFile(file));
      perFold.push(figuresOf(held).f1);
      console.log(`  seed ${seed} fold ${k}  thresholds ${file.threshold}/${file.undated_threshold}  ${fmtFigures(figuresOf(held))}`);
      counts = addCounts(counts, held);
    }
    perSeed.push(figuresOf(counts).f1);
    console.log(`cv seed ${seed}  ${fmtFigures(figuresOf(counts))}`);
    total = addCounts(total, counts);
  }
  console.log(`cv (nested, ${FOLDS} folds by story × ${CV_SEEDS.length} seeds)  ${fmtFigures(figuresOf(total))}`);
  console.log(`cv F1 by seed ${perSeed.map(pct).join(" / ")}; by fold ${pct(mean(perFold))} ± ${pct(sd(perFold))} (sd), from ${pct(Math.min(...perFold))} to ${pct(Math.max(...perFold))}`);
  const { file, curve } = await fitMergeModel(train);
  console.log(`out-of-fold F1 around the chosen threshold ${file.threshold}:`);
  const near = GRID.filter((t) => Math.abs(t - file.threshold) <= 3 * 0.025 + 1e-9);
  console.log(`  ${near.map((t) => t.toFixed(3).padStart(6)).join("")}`);
  console.log(`  ${near.map((t) => { const c = curve.get(`${t}|${t}`); return (c ? pct(figuresOf(c).f1) : "-").padStart(6); }).join("")}`);
  process.exit(0);
}

const { file, figures, examples } = await fitMergeModel(train);
console.log(`train:merge: ${examples} eligible report pairs, ${file.positives} of one story; ${Object.keys(file.weights).length} weights (mean of ${FOLDS * CV_SEEDS.length} fold fits)`);
if (!values.dry) writeFileSync(DEFAULT_MERGE_MODEL_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(`train:merge: thresholds dated ${file.threshold}, undated ${file.undated_threshold} (out-of-fold F1 ${pct(file.fit.cv_pair_f1 ?? 0)}, its plateau ${pct(file.fit.cv_plateau_f1 ?? 0)})${values.dry ? "" : ` → wrote ${DEFAULT_MERGE_MODEL_PATH}`}`);
console.log(`train ${fmtFigures(figures)}   (in sample)`);
if (values.dry) console.log(`weights bias ${file.bias} ${Object.entries(file.weights).map(([f, w]) => `${f} ${w}`).join(", ")}`);
if (dev) console.log(`dev   ${fmtFigures(figuresOf((await mergeRun(dev, fromMergeModelFile(file))).counts))}   (read only, never fitted on)`);

/** The logistic weights over the set's eligible report pairs. */
function fitWeights(set: LoadedSet): { bias: number; weights: ReadonlyMap<string, number>; examples: Example[] } {
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
  return { ...fitted, examples };
}

/**
 * The procedure, on any set: the fold fits and their out-of-fold threshold curve, the mean of the
 * fits as the weights, the plateau's middle as the thresholds.
 */
async function fitMergeModel(set: LoadedSet): Promise<{ file: MergeModelFile; figures: Figures; examples: number; curve: Map<string, PairCounts> }> {
  const fits: { bias: number; weights: ReadonlyMap<string, number> }[] = [];
  const curve = new Map<string, PairCounts>();
  for (const seed of CV_SEEDS) {
    const folds = storyFolds(set, FOLDS, seed);
    for (const [k, [fit]] of folds.entries()) {
      const fitted = fitWeights(fit);
      fits.push(fitted);
      const levels = linkLevels(set, fitted);
      const runs = new Map<string, PairCounts>();
      for (const t of GRID) {
        for (const u of [t]) {
          // Threshold pairs that pass the same pairs merge alike: one run per distinct set of links.
          const key = `${levels.dated.filter((p) => p >= t).length}|${levels.undated.filter((p) => p >= u).length}`;
          const counts = runs.get(key) ?? heldOutCounts(await mergeRun(set, { bias: fitted.bias, weights: fitted.weights, threshold: t, undatedThreshold: u }), folds, k);
          runs.set(key, counts);
          curve.set(`${t}|${u}`, addCounts(curve.get(`${t}|${u}`) ?? { tp: 0, system: 0, gold: 0 }, counts));
        }
      }
    }
  }
  const weights = meanWeights(fits);
  const full = Math.max(...[...curve.values()].map((c) => c.gold));
  const eligibleCurve = new Map([...curve].filter(([, c]) => c.gold === full));
  const picked = plateauThresholds(eligibleCurve);
  const model = { ...weights, threshold: picked.t, undatedThreshold: picked.u };
  const figures = figuresOf((await mergeRun(set, model)).counts);
  const examples = fitWeights(set).examples;
  const file: MergeModelFile = {
    decision: "merge-pair",
    description: "P(two reports of two articles tell one real-world event | pair features of src/merge/pair-features.ts), weights the mean of the cross-validation fold fits; a pair links when P ≥ threshold (undated_threshold when either report has no day)",
    trained_on: ["train"],
    examples: examples.length,
    positives: examples.filter((e) => e.label).length,
    options: { ...OPTIONS, folds: FOLDS, cv_seeds: CV_SEEDS.length, plateau: PLATEAU },
    bias: weights.bias,
    weights: Object.fromEntries([...weights.weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    threshold: picked.t,
    undated_threshold: picked.u,
    fit: {
      train_pair_precision: round(figures.p),
      train_pair_recall: round(figures.r),
      train_pair_f1: round(figures.f1),
      cv_pair_f1: round(picked.f1),
      cv_plateau_f1: round(picked.plateau),
    },
  };
  return { file, figures, examples: examples.length, curve };
}

/**
 * The probabilities of every pair the merge can weigh (eligible, articles not apart), dated and
 * undated apart: the merge's outcome depends on the thresholds only through which of them pass.
 */
function linkLevels(set: LoadedSet, model: { bias: number; weights: ReadonlyMap<string, number> }): { dated: number[]; undated: number[] } {
  const dated: number[] = [];
  const undated: number[] = [];
  for (let i = 0; i < set.sides.length; i++) {
    for (let j = i + 1; j < set.sides.length; j++) {
      const x = set.sides[i]!;
      const y = set.sides[j]!;
      if (!pairEligible(x.report, y.report) || articlesApart(x, y)) continue;
      const p = probabilityOf(model, pairFeatures(x, y));
      (dayGap(x.report, y.report) === null ? undated : dated).push(p);
    }
  }
  return { dated, undated };
}

/** The mean of several fits, rounded as one fit is (weights absent from a fit count 0 there). */
function meanWeights(fits: readonly { bias: number; weights: ReadonlyMap<string, number> }[]): { bias: number; weights: ReadonlyMap<string, number> } {
  const factor = 10 ** OPTIONS.decimals;
  const r = (x: number): number => Math.round(x * factor) / factor;
  const sum = new Map<string, number>();
  for (const fit of fits) for (const [f, w] of fit.weights) sum.set(f, (sum.get(f) ?? 0) + w);
  const weights = [...sum.entries()].map(([f, w]) => [f, r(w / fits.length)] as const).filter(([, w]) => w !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  return { bias: r(fits.reduce((s, fit) => s + fit.bias, 0) / fits.length), weights: new Map(weights) };
}

/**
 * The threshold pair in the middle of the best plateau: highest mean F1 over the pairs within
 * ±PLATEAU of it on both axes (itself included). Ties go to the higher thresholds (fewer merges).
 *
 *   F1 by undated threshold 0.30 0.325 0.35 0.375 0.40 0.425 0.45 → 55 57 58 57 57 54 53: 0.375, not 0.35
 */
function plateauThresholds(curve: ReadonlyMap<string, PairCounts>): { t: number; u: number; f1: number; plateau: number } {
  const points = [...curve].map(([key, counts]) => {
    const [t, u] = key.split("|").map(Number) as [number, number];
    return { t, u, f1: figuresOf(counts).f1 };
  });
  let best: { t: number; u: number; f1: number; plateau: number } | null = null;
  for (const p of points) {
    const around = points.filter((q) => Math.abs(q.t - p.t) <= PLATEAU + 1e-9 && Math.abs(q.u - p.u) <= PLATEAU + 1e-9);
    const plateau = mean(around.map((q) => q.f1));
    if (best === null || plateau > best.plateau + 1e-9 || (Math.abs(plateau - best.plateau) <= 1e-9 && p.t + p.u > best.t + best.u)) best = { ...p, plateau };
  }
  return best!;
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

function foldOf(folds: readonly [LoadedSet, LoadedSet][], articleId: string): number {
  return folds.findIndex(([, held]) => held.story.has(articleId));
}

/** The held-out false and missed article pairs of a fold, each with its closest report pair and that pair's features. */
function printErrors(run: Awaited<ReturnType<typeof mergeRun>>, folds: readonly [LoadedSet, LoadedSet][], k: number, model: ReturnType<typeof fromMergeModelFile>): void {
  const scored = (pair: string): boolean => Math.max(...pair.split("|").map((id) => foldOf(folds, id))) === k;
  const show = (s: PairSide): string => {
    const r = s.report;
    return `${r.article_id} ${r.sub_event_type.slice(0, 14)} @${r.place_name}(p${r.geo_precision}) ${r.date ?? "undated"}/${r.date_precision ?? "-"} pub=${s.published ?? "-"} k=${r.killed ?? "-"} i=${r.injured ?? "-"} ${r.actor1}/${r.actor2}`;
  };
  const best = (a: string, b: string): string => {
    const xs = train.sides.filter((s) => s.report.article_id === a);
    const ys = train.sides.filter((s) => s.report.article_id === b);
    const rows: { p: number; text: string }[] = [];
    for (const x of xs) for (const y of ys) {
      if (!pairEligible(x.report, y.report)) continue;
      const p = probabilityOf(model, pairFeatures(x, y));
      const grouped = run.group.get(x.report.report_key) === run.group.get(y.report.report_key);
      rows.push({ p, text: `p=${p.toFixed(3)}${grouped ? " *" : ""}${articlesApart(x, y) ? " APART" : ""} ${pairFeatures(x, y).join(" ")}\n        ${show(x)}\n        ${show(y)}` });
    }
    rows.sort((u, v) => v.p - u.p);
    return rows.length === 0 ? `no eligible pair (${xs.length} × ${ys.length} reports)` : rows.slice(0, 2).map((r) => r.text).join("\n      ");
  };
  for (const pair of [...run.system].filter(scored)) {
    if (run.gold.has(pair)) continue;
    const [a, b] = pair.split("|") as [string, string];
    console.log(`    FALSE ${pair}\n      ${best(a, b)}`);
  }
  for (const pair of [...run.gold].filter(scored)) {
    if (run.system.has(pair)) continue;
    const [a, b] = pair.split("|") as [string, string];
    console.log(`    MISSED ${pair} (${train.story.get(a)})\n      ${best(a, b)}`);
  }
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function probabilityOf(model: { bias: number; weights: ReadonlyMap<string, number> }, features: readonly string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}


