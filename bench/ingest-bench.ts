/**
 * `npm run bench` (second part): ingest throughput, extraction included, for two inputs built from
 * invented reports, into SQLite stores that already hold 0, 2,000 and 10,000 articles:
 * - spread: unrelated articles (places and days vary, so each starts its own event);
 * - clustered: near-copies of one story from as many outlets (one event gathers every report).
 * Merging a report should cost the same whatever the size of its event (clustered within 2× of
 * spread) and whatever the size of the store (each stored size within 1.3× of the empty store).
 * The stored articles are other invented reports (earlier days, other words), written straight
 * through the store functions, each report its own event, so filling 100,000 takes minutes, not hours.
 *
 *   node --import tsx bench/ingest-bench.ts [--articles 500] [--stored 0,2000,10000] [--inputs spread,clustered]
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { contentHash } from "../src/ingest/content-hash.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import type { IngestContext } from "../src/ingest/ingest-context.ts";
import { signatureBands, textSignature } from "../src/ingest/text-signature.ts";
import { writeEvent } from "../src/merge/remerge-around.ts";
import { reportFromEvent } from "../src/merge/report-from-event.ts";
import type { Article } from "../src/model/article.ts";
import { DEFAULT_FETCH_POLICY } from "../src/net/safe-fetch.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { insertArticleReports } from "../src/store/article-reports.ts";
import { insertArticle, recordBands } from "../src/store/article-writes.ts";
import { reportsByKeys } from "../src/store/merge-queries.ts";
import { openStore } from "../src/store/open-store.ts";
import { outletKey } from "../src/store/outlet-key.ts";
import { queryBuilder } from "../src/store/store-session.ts";
import { withWriteTransaction } from "../src/store/with-write-transaction.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "500" }, stored: { type: "string", default: "0,2000,10000" }, inputs: { type: "string", default: "spread,clustered" } },
});
const n = Math.max(10, Number(values.articles));
const storedSizes = values.stored.split(",").map(Number);
const inputs = values.inputs.split(",");
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

/** A store holding `count` stored articles, built once per size in the temp folder and copied for each run. */
async function storedTemplate(count: number): Promise<string> {
  // One per checkout: a store migrated by another build (a newer migration) would not open in this one.
  const path = join(tmpdir(), `rasd-ibench-stored-${basename(process.cwd())}-${count}.db`);
  if (existsSync(path)) return path;
  const building = `${path}.${process.pid}`;
  const store = await openStore(building);
  const now = "2021-12-31T00:00:00Z";
  for (let first = 0; first < count; first += 500) {
    await withWriteTransaction(store, async (session) => {
      for (let i = first; i < Math.min(count, first + 500); i++) {
        const article = storedArticle(i);
        const hash = contentHash(article.text);
        const signature = textSignature(article.text);
        await insertArticle(session, { article, outletId: outletKey(article.outlet!), contentHash: hash, signature, sourceKind: "jsonl", now });
        const extraction = extractor(article);
        const reports = extraction.events.map((event, ordinal) => reportFromEvent(event, article.id, hash, ordinal));
        await insertArticleReports(session, article.id, reports, extraction);
        await recordBands(session, article.id, signatureBands(signature), article.id);
        for (const report of await reportsByKeys(session, reports.map((r) => r.report_key))) await writeEvent(session, [], [report], [], now);
      }
    });
  }
  await store.close();
  copyFileSync(building, path);
  rmSync(building, { force: true });
  return path;
}

async function run(label: string, make: (i: number) => Article, template: string | null): Promise<{ seconds: number; events: number }> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-ibench-"));
  if (template !== null) copyFileSync(template, join(dir, "bench.db"));
  const store = await openStore(join(dir, "bench.db"));
  const before = await eventCount(store);
  const ctx: IngestContext = { store, extractor, fetchPolicy: DEFAULT_FETCH_POLICY, fallbackPublished: null, summaryChars: 600, now: () => "2022-01-01T00:00:00Z", report: () => {} };
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = await ingestArticle(ctx, make(i), "jsonl", `${label}:${i}`);
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

// Warm-up, so the JIT has compiled the extractor before any timing.
for (let i = 0; i < 50; i++) extractor(spread(i));
console.log(`rasd ingest bench — ${n} articles per input into SQLite stores holding ${storedSizes.join(", ")} articles (extraction included), Node ${process.version}`);
const empty = new Map<string, number>();
for (const stored of storedSizes) {
  const template = stored === 0 ? null : await storedTemplate(stored);
  for (const input of inputs) {
    const r = await run(input, INPUTS[input]!, template);
    if (stored === 0) empty.set(input, r.seconds);
    const base = empty.get(input);
    const vsEmpty = base === undefined ? "" : `  ×${(r.seconds / base).toFixed(2)} of empty`;
    console.log(`stored ${String(stored).padStart(6)}  ${input.padEnd(9)} ${r.seconds.toFixed(1).padStart(7)} s  ${(n / r.seconds).toFixed(1).padStart(7)} articles/s  ${r.events} new events${vsEmpty}`);
  }
  const [a, b] = [empty.get("spread"), empty.get("clustered")];
  if (stored === 0 && a !== undefined && b !== undefined) console.log(`ratio clustered/spread into the empty store ${(b / a).toFixed(2)}   target ≤ 2: ${b / a <= 2 ? "ok" : "MISSED"}`);
}
