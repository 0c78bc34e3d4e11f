/**
 * `npm run train`: fits the learned decisions of src/learn on ../shared/eval/train and writes
 * data/models/*.json, deterministically (fixed seed, sorted and rounded weights). Dev is not used.
 *
 *   npm run train                       # write the model files
 *   npm run train -- --cv               # 5-fold cross-validated figures per classifier (by article)
 *   npm run train -- --e2e /tmp/out     # 5-fold end-to-end: extract each fold with models fitted on the others
 *                                       #   → /tmp/out/cv-rules.jsonl and /tmp/out/cv-learned.jsonl, for score.mjs
 *   npm run train -- --e2e /tmp/out --only eventness,place-role --set eventness=0.3
 *   npm run train -- --gold reviewed.jsonl …     # also learn from gold files of people's review
 *                                       #   (rasd export --format gold); their lines replace the shared
 *                                       #   gold of an article with the same id
 *   npm run train -- --without ids.jsonl        # leave out the shared articles whose ids the file lists
 *   npm run train -- --out /tmp/models          # write the model files there instead of data/models
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { NO_MODELS, type LearnedModels } from "../src/learn/learned-models.ts";
import { classProbabilities, probability, type BinaryModel, type ClassModel } from "../src/learn/linear-model.ts";
import { DEFAULT_MODEL_DIR } from "../src/learn/load-learned-models.ts";
import { formatModelFile, weightsObject, type Decision, type ModelFile } from "../src/learn/model-file.ts";
import { seededRandom } from "../src/learn/seeded-random.ts";
import { DEFAULT_TRAIN_OPTIONS, trainLogistic, trainOneVsRest } from "../src/learn/train-logistic.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { binaryFigures, fmt } from "./learn/cv-metrics.ts";
import { draftExamples } from "./learn/draft-examples.ts";
import { examplesOf, type ArticleExamples } from "./learn/gold-examples.ts";
import { readTrainingSet } from "./learn/read-training-set.ts";

const TRAIN_DIR = new URL("../../shared/eval/train", import.meta.url).pathname;
const FOLDS = 5;
const FOLD_SEED = 9;
/**
 * Chosen by the end-to-end cross-validation on train (see --e2e); never on dev. 0 switches a decision
 * off: the gates raised precision but lost as much recall at every threshold tried (0.03–0.3).
 */
const THRESHOLDS: Record<Decision, number> = { eventness: 0, "sub-event-type": 0.8, "place-role": 0, "event-draft": 0 };
const DESCRIPTIONS: Record<Decision, string> = {
  eventness: "P(a trigger reports a concrete event of this news cycle) vs background, plans, threats, habitual lines, tallies, speech; below the threshold the trigger codes nothing",
  "sub-event-type": "P(sub-event type | trigger and clause), one-vs-rest; a type above the threshold replaces the rules' type when the model gives the rules' type < 0.5",
  "event-draft": "P(an event the rules built, trigger × place × type, is a gold event); below the threshold it is dropped",
  "place-role": "P(a place mention is an event's place) vs origin, launch site, destination of the wounded, victims' home village, reference; below the threshold the mention is no event's place",
};

const { values } = parseArgs({
  options: {
    cv: { type: "boolean", default: false },
    e2e: { type: "string" },
    only: { type: "string" },
    set: { type: "string", multiple: true, default: [] },
    gold: { type: "string", multiple: true, default: [] },
    without: { type: "string", multiple: true, default: [] },
    out: { type: "string" },
  },
});

if (!existsSync(`${TRAIN_DIR}/gold.jsonl`)) {
  console.log(`train: skipped — no gold set at ${TRAIN_DIR} (the evaluation data in ../shared is not available here).`);
  process.exit(0);
}

const resources = await loadResources({ models: false });
const trainingSet = readTrainingSet(TRAIN_DIR, values.gold ?? [], values.without ?? []);
const all = examplesOf(trainingSet.articles, trainingSet.gold, { ...resources, models: NO_MODELS });
const goldEvents = new Map([...trainingSet.gold].map(([id, g]) => [id, g.events ?? []]));
console.log(`train: ${trainingSet.articles.length} articles (${trainingSet.fromShared} from ${TRAIN_DIR}, ${trainingSet.fromGold} from ${trainingSet.goldFiles.length} gold file(s))`);
const drafts = draftExamples(all.map((a) => a.article), goldEvents, resources);
const draftsOf = (a: ArticleExamples) => drafts.get(a.article.id) ?? [];
const thresholds = { ...THRESHOLDS };
for (const kv of values.set ?? []) {
  const [k, v] = kv.split("=");
  if (k && k in thresholds) thresholds[k as Decision] = Number(v);
}
const only = values.only ? new Set(values.only.split(",")) : null;

if (values.cv) crossValidate();
else if (values.e2e) endToEnd(values.e2e);
else writeModels();

function fit(set: readonly ArticleExamples[]): { eventness: BinaryModel; subType: ClassModel; placeRole: BinaryModel; eventDraft: BinaryModel } {
  return {
    eventDraft: trainLogistic(set.flatMap(draftsOf)),
    eventness: trainLogistic(set.flatMap((a) => a.eventness)),
    subType: trainOneVsRest(set.flatMap((a) => a.subType)),
    placeRole: trainLogistic(set.flatMap((a) => a.placeRole)),
  };
}

function asLearned(m: ReturnType<typeof fit>): LearnedModels {
  const use = (d: Decision): boolean => !only || only.has(d);
  return {
    eventness: use("eventness") ? { model: m.eventness, threshold: thresholds.eventness } : null,
    subEventType: use("sub-event-type") ? { model: m.subType, threshold: thresholds["sub-event-type"] } : null,
    placeRole: use("place-role") ? { model: m.placeRole, threshold: thresholds["place-role"] } : null,
    eventDraft: use("event-draft") ? { model: m.eventDraft, threshold: thresholds["event-draft"] } : null,
  };
}

/** Articles in 5 folds, shuffled with a fixed seed. */
function folds(): ArticleExamples[][] {
  const order = all.map((_, i) => i);
  const random = seededRandom(FOLD_SEED);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: FOLDS }, (_, k) => order.filter((_, i) => i % FOLDS === k).map((i) => all[i]!));
}

function crossValidate(): void {
  const ev: Array<{ p: number; label: boolean }> = [];
  const pr: Array<{ p: number; label: boolean; rule: boolean }> = [];
  const dr: Array<{ p: number; label: boolean }> = [];
  let subN = 0, subModel = 0, subRule = 0, subMajority = 0;
  const fs = folds();
  for (let k = 0; k < FOLDS; k++) {
    const m = fit(fs.filter((_, j) => j !== k).flat());
    const majoritySub = majority(fs.filter((_, j) => j !== k).flat().flatMap((a) => a.subType.map((x) => x.labels[0]!)));
    for (const a of fs[k]!) {
      for (const x of a.eventness) ev.push({ p: probability(m.eventness, x.features), label: x.label });
      for (const x of draftsOf(a)) dr.push({ p: probability(m.eventDraft, x.features), label: x.label });
      for (const x of a.placeRole) pr.push({ p: probability(m.placeRole, x.features), label: x.label, rule: x.ruleTarget });
      for (const x of a.subType) {
        subN++;
        if (x.labels.includes(classProbabilities(m.subType, x.features)[0]?.label ?? "")) subModel++;
        if (x.labels.includes(x.rule)) subRule++;
        if (x.labels.includes(majoritySub)) subMajority++;
      }
    }
  }
  const found = all.reduce((s, a) => s + a.evidenceFound, 0);
  const missing = all.reduce((s, a) => s + a.evidenceMissing, 0);
  console.log(`train: ${all.length} articles, gold evidence found in the text for ${found} of ${found + missing} events; ${FOLDS}-fold CV by article (seed ${FOLD_SEED})\n`);
  report("eventness (trigger candidates)", ev, null);
  report("event draft (events the rules built, before merging)", dr, null);
  report("place role (place mentions)", pr, pr.map((x) => ({ p: x.rule ? 1 : 0, label: x.label })));
  console.log(`sub-event type (triggers with a gold event, ${subN}): top-1 in gold ${fmt(subModel / subN)}  trigger's lexicon type ${fmt(subRule / subN)}  majority ${fmt(subMajority / subN)}`);
}

function report(name: string, scored: ReadonlyArray<{ p: number; label: boolean }>, rule: ReadonlyArray<{ p: number; label: boolean }> | null): void {
  const f = binaryFigures(scored);
  const pos = f.positives / f.n;
  console.log(`${name}: n ${f.n}, positive ${fmt(pos)}`);
  console.log(`  model     accuracy ${fmt(f.accuracy)}  F1(yes) ${fmt(f.f1)}  AUC ${fmt(f.auc)}`);
  console.log(`  majority  accuracy ${fmt(Math.max(pos, 1 - pos))}  F1(yes) ${fmt(pos >= 0.5 ? (2 * pos) / (1 + pos) : 0)}  AUC 0.500`);
  if (rule) {
    const r = binaryFigures(rule);
    console.log(`  rules     accuracy ${fmt(r.accuracy)}  F1(yes) ${fmt(r.f1)}  AUC ${fmt(r.auc)}`);
  }
  for (const t of [0.1, 0.2, 0.3]) {
    const kept = scored.filter((x) => x.p >= t);
    console.log(`  at ${t}: keeps ${fmt(kept.filter((x) => x.label).length / f.positives)} of positives, drops ${fmt(1 - kept.filter((x) => !x.label).length / (f.n - f.positives))} of negatives`);
  }
}

function endToEnd(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const rules = createExtractor({ ...resources, models: NO_MODELS });
  const rulesOut: string[] = [];
  const learnedOut: string[] = [];
  const fs = folds();
  for (let k = 0; k < FOLDS; k++) {
    const extract = createExtractor({ ...resources, models: asLearned(fit(fs.filter((_, j) => j !== k).flat())) });
    for (const a of fs[k]!) {
      for (const e of extract(a.article).events) learnedOut.push(JSON.stringify(e));
      for (const e of rules(a.article).events) rulesOut.push(JSON.stringify(e));
    }
  }
  writeFileSync(`${dir}/cv-rules.jsonl`, rulesOut.map((l) => `${l}\n`).join(""));
  writeFileSync(`${dir}/cv-learned.jsonl`, learnedOut.map((l) => `${l}\n`).join(""));
  console.log(`wrote ${dir}/cv-rules.jsonl and ${dir}/cv-learned.jsonl (thresholds ${JSON.stringify(thresholds)}${only ? `, only ${[...only].join(",")}` : ""})`);
}

function writeModels(): void {
  const m = fit(all);
  const trainedOn = [`../shared/eval/train${trainingSet.without ? ` (without ${trainingSet.without} articles)` : ""}`, ...trainingSet.goldFiles.map((f) => basename(f))];
  const common = (decision: Decision, examples: number) => ({ decision, description: DESCRIPTIONS[decision], trained_on: trainedOn, examples, options: { ...DEFAULT_TRAIN_OPTIONS }, threshold: THRESHOLDS[decision] });
  const files: ModelFile[] = [
    { ...common("eventness", all.reduce((s, a) => s + a.eventness.length, 0)), kind: "binary", bias: m.eventness.bias, weights: weightsObject(m.eventness) },
    {
      ...common("sub-event-type", all.reduce((s, a) => s + a.subType.length, 0)),
      kind: "one-vs-rest",
      classes: Object.fromEntries([...m.subType.classes.entries()].map(([k, v]) => [k, { bias: v.bias, weights: weightsObject(v) }])),
    },
    { ...common("place-role", all.reduce((s, a) => s + a.placeRole.length, 0)), kind: "binary", bias: m.placeRole.bias, weights: weightsObject(m.placeRole) },
    { ...common("event-draft", all.reduce((s, a) => s + draftsOf(a).length, 0)), kind: "binary", bias: m.eventDraft.bias, weights: weightsObject(m.eventDraft) },
  ];
  const dir = values.out ?? DEFAULT_MODEL_DIR;
  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    writeFileSync(join(dir, `${f.decision}.json`), formatModelFile(f));
    console.log(`wrote ${values.out ? dir : "data/models"}/${f.decision}.json (${f.examples} examples)`);
  }
}

function majority(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}
