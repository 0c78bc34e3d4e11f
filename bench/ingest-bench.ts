/**
 * `npm run bench` (second part): ingest throughput, extraction included, for two inputs built from
 * invented reports, into SQLite stores that already hold 0, 1,000, 2,000, 10,000 and 100,000 articles:
 * - spread: unrelated articles (places and days vary, so each starts its own event);
 * - clustered: near-copies of one story from as many outlets (one event gathers every report).
 * Articles go in as `rasd ingest` takes them: extracted on `--jobs` worker threads (default: one per
 * core) while this thread checks, stores and merges them in order (`--jobs 1`: all in this thread).
 * Merging a report should cost the same whatever the size of its event (clustered within 2× of
 * spread) and whatever the size of the store (each stored size within 1.3× of the empty store,
 * 1.5× at 100,000). The stored articles are other invented reports (earlier days, other words),
 * each its own event, written as bulk rows (fill-stored-articles.ts): 100,000 in about a minute.
 * Each round runs every input into every size once; each size is reported as the median over the
 * rounds of its time over the same round's empty-store time, so a machine that slows down during
 * the run moves both sides of a ratio alike.
 *
 *   node --import tsx bench/ingest-bench.ts [--articles 500] [--stored 0,1000,2000,10000,100000] [--inputs spread,clustered] [--jobs N] [--rounds 1]
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import type { IngestContext } from "../src/ingest/ingest-context.ts";
import type { Article } from "../src/model/article.ts";
import { DEFAULT_FETCH_POLICY } from "../src/net/safe-fetch.ts";
import { createExtractionPool, type ExtractionPool } from "../src/parallel/extraction-pool.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { openStore } from "../src/store/open-store.ts";
import { queryBuilder } from "../src/store/store-session.ts";
import { fillStoredArticles } from "./fill-stored-articles.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "500" },
    stored: { type: "string", default: "0,1000,2000,10000,100000" },
    inputs: { type: "string", default: "spread,clustered" },
    jobs: { type: "string", default: String(availableParallelism()) },
    rounds: { type: "string", default: "1" },
  },
});
const n = Math.max(10, Number(values.articles));
const storedSizes = values.stored.split(",").map(Number);
const inputs = values.inputs.split(",");
const jobs = Math.max(1, Number(values.jobs));
const rounds = Math.max(1, Number(values.rounds));
const PLACES = ["سرمين", "أريحا", "معرة النعمان", "كفرنبل", "جسر الشغور", "سراقب", "بنش", "تفتناز", "الأتارب", "دارة عزة"];
const FORCES = ["قوات النظام", "الطائرات الروسية", "الميليشيات الإيرانية"];

function day(offset: number): string {
  return new Date(Date.parse("2022-01-01T00:00:00Z") + offset * 86_400_000).toISOString().slice(0, 10);
}

const FILLER = (
  "الأهالي المزارعون الطلاب الأسواق المدارس الطرق الجسور المخابز المستشفيات الآبار الحقول الكروم الزيتون القمح الشتاء الصيف " +
  "الكهرباء المياه الوقود الأسعار الرواتب العائلات المخيمات القوافل المنظمات الإغاثة الأطباء المعلمون الباعة السائقون الحرفيون"
).split(" ");

/** Unrelated invented reports: place, force, toll, day and a closing line of words vary with i (no two are syndicated copies). */
function spread(i: number): Article {
  const place = PLACES[i % PLACES.length]!;
  const force = FORCES[i % FORCES.length]!;
  const words = Array.from({ length: 14 }, (_, k) => FILLER[(i * 7 + k * k * 3 + k * i) % FILLER.length]!);
  const text = `قصفت ${force} بالمدفعية الثقيلة مدينة ${place} في ريف إدلب اليوم، ما أدى إلى مقتل ${2 + (i % 7)} مدنيين وإصابة ${3 + (i % 5)} آخرين. ${words.join(" ")} رقم ${i}.`;
  return { id: `spread-${i}`, url: null, outlet: `outlet${i % 50}.example`, published: day(i * 3), title: `قصف على ${place} ${i}`, text };
}

/** Near-copies of one invented report from as many outlets, each with its own closing line. */
function clustered(i: number): Article {
  const text = `قصفت قوات النظام بالمدفعية الثقيلة مدينة سرمين في ريف إدلب اليوم، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين بحسب الدفاع المدني. وأفاد مراسل الموقع رقم ${i} بأن القصف تجدد مساء.`;
  return { id: `copy-${i}`, url: null, outlet: `outlet${i}.example`, published: day(0), title: "قصف على سرمين", text };
}

/** A stored article: the spread story on an earlier day (2012–2021, a month before the measured ones, ~27 a day at 100k) with its own words. */
function storedArticle(i: number): Article {
  const base = spread(i);
  const words = Array.from({ length: 20 }, (_, k) => `${FILLER[(i * 13 + k * 5) % FILLER.length]}${(i * 31 + k * 17) % 997}`);
  return { ...base, id: `stored-${i}`, published: day(-30 - (i % 3650)), title: `${base.title} ${words[0]}`, text: `${base.text} ${words.join(" ")}` };
}

const extractor = createExtractor(await loadResources());
const INPUTS: Record<string, (i: number) => Article> = { spread, clustered };
/** The stored articles repeat this many extraction patterns: place (10), force (3), killed (7), injured (5). */
const STORED_PERIOD = 210;

/** A store holding `count` stored articles, filled once per size in the temp folder and copied for each run. */
async function storedTemplate(count: number): Promise<string> {
  // One per checkout (a store migrated by another build would not open in this one) and per fill.
  const path = join(tmpdir(), `rasd-ibench-stored-${basename(process.cwd())}-bulk4-${count}.db`);
  if (existsSync(path)) return path;
  const building = `${path}.${process.pid}`;
  const started = performance.now();
  const store = await openStore(building);
  await fillStoredArticles(store, count, storedArticle, extractor, STORED_PERIOD, "2021-12-31T00:00:00Z");
  await store.close();
  copyFileSync(building, path);
  rmSync(building, { force: true });
  console.log(`filled a store of ${count} stored articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return path;
}

async function run(label: string, make: (i: number) => Article, template: string | null, pool: ExtractionPool): Promise<{ seconds: number; events: number }> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-ibench-"));
  if (template !== null) copyFileSync(template, join(dir, "bench.db"));
  const store = await openStore(join(dir, "bench.db"));
  const before = await eventCount(store);
  const ctx: IngestContext = { store, extractor, fetchPolicy: DEFAULT_FETCH_POLICY, fallbackPublished: null, summaryChars: 600, now: () => "2022-01-01T00:00:00Z", report: () => {} };
  async function* articles(): AsyncGenerator<Article> {
    for (let i = 0; i < n; i++) yield make(i);
  }
  const t0 = process.hrtime.bigint();
  // As `rasd ingest` does (ingest-inputs.ts): the pool extracts ahead, this thread stores in order.
  let i = 0;
  for await (const { item, outcome } of pool.inOrder(articles(), (a) => a)) {
    const r = await ingestArticle(ctx, item, "jsonl", `${label}:${i++}`, outcome);
    if (r.outcome === "error") throw new Error(`${label} ${i}: ${r.detail}`);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const events = (await eventCount(store)) - before;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, events };
}

async function eventCount(store: Awaited<ReturnType<typeof openStore>>): Promise<number> {
  return Number((await queryBuilder(store).selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst())?.n ?? 0);
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const templates = new Map<number, string | null>();
for (const stored of storedSizes) templates.set(stored, stored === 0 ? null : await storedTemplate(stored));
// As `rasd ingest` asks (cli/commands/ingest.ts): the workers read the framing summaries and the storage keys too.
const pool = await createExtractionPool({ jobs, framing: true, keys: true });
console.log(`rasd ingest bench — ${n} articles per input into SQLite stores holding ${storedSizes.join(", ")} articles (extraction included, ${jobs === 1 ? "in this thread" : `on ${jobs} worker threads beside the storing thread`}), ${rounds} round(s), Node ${process.version}`);
try {
  // Warm-up, so the JIT has compiled the extractor (in the workers too) and the store code before any timing.
  for (const input of inputs) await run(`warm-${input}`, (i) => INPUTS[input]!(i + 100_000), null, pool);
  const seconds = new Map<string, number[]>();
  const ratios = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, x: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(x);
  for (let round = 1; round <= rounds; round++) {
    const empty = new Map<string, number>();
    for (const stored of storedSizes) {
      for (const input of inputs) {
        const r = await run(input, INPUTS[input]!, templates.get(stored)!, pool);
        if (stored === 0) empty.set(input, r.seconds);
        const base = empty.get(input);
        if (base !== undefined) push(ratios, `${stored} ${input}`, r.seconds / base);
        push(seconds, `${stored} ${input}`, r.seconds);
        const vsEmpty = base === undefined ? "" : `  ×${(r.seconds / base).toFixed(2)} of empty`;
        console.log(`round ${round}  stored ${String(stored).padStart(6)}  ${input.padEnd(9)} ${r.seconds.toFixed(1).padStart(7)} s  ${(n / r.seconds).toFixed(1).padStart(7)} articles/s  ${r.events} new events${vsEmpty}`);
      }
      const [a, b] = [empty.get("spread"), empty.get("clustered")];
      if (stored === 0 && a !== undefined && b !== undefined) push(ratios, "clustered/spread", b / a);
    }
  }
  console.log(`medians over ${rounds} round(s):`);
  for (const stored of storedSizes) {
    for (const input of inputs) {
      const key = `${stored} ${input}`;
      const s = median(seconds.get(key)!);
      const ratio = ratios.get(key);
      const target = stored === 0 ? "" : `   target ≤ ${stored >= 100_000 ? "1.5" : "1.3"}`;
      console.log(`stored ${String(stored).padStart(6)}  ${input.padEnd(9)} ${(n / s).toFixed(1).padStart(7)} articles/s${ratio === undefined ? "" : `  ×${median(ratio).toFixed(2)} of empty${target}`}`);
    }
  }
  const cs = ratios.get("clustered/spread");
  if (cs !== undefined) console.log(`clustered/spread into the empty store ×${median(cs).toFixed(2)}   target ≤ 2`);
} finally {
  await pool.close();
}
