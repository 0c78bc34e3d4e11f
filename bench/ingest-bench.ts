/**
 * `npm run bench` (second part): ingest throughput into a fresh SQLite store, extraction included,
 * for two inputs of the same size built from invented reports:
 * - spread: unrelated articles (places and days vary, so each starts its own event);
 * - clustered: near-copies of one story from as many outlets (one event gathers every report).
 * Merging a report costs the same whatever the size of its event, so clustered should stay within
 * 2× of spread.
 *
 *   node --import tsx bench/ingest-bench.ts [--articles 2000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import type { IngestContext } from "../src/ingest/ingest-context.ts";
import type { Article } from "../src/model/article.ts";
import { DEFAULT_FETCH_POLICY } from "../src/net/safe-fetch.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { openStore } from "../src/store/open-store.ts";
import { queryBuilder } from "../src/store/store-session.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" } } });
const n = Math.max(10, Number(values.articles));
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

const extractor = createExtractor(await loadResources());

async function run(label: string, make: (i: number) => Article): Promise<{ seconds: number; events: number }> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-ibench-"));
  const store = await openStore(join(dir, "bench.db"));
  const ctx: IngestContext = { store, extractor, fetchPolicy: DEFAULT_FETCH_POLICY, fallbackPublished: null, summaryChars: 600, now: () => "2022-01-01T00:00:00Z", report: () => {} };
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = await ingestArticle(ctx, make(i), "jsonl", `${label}:${i}`);
    if (r.outcome === "error") throw new Error(`${label} ${i}: ${r.detail}`);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const events = (await queryBuilder(store).selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst())?.n ?? 0;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, events: Number(events) };
}

// Warm-up, so the JIT has compiled the extractor before either timing.
for (let i = 0; i < 50; i++) extractor(spread(i));
const a = await run("spread", spread);
const b = await run("clustered", clustered);
const rate = (s: number) => (n / s).toFixed(1);
console.log(`rasd ingest bench — ${n} articles per input into a fresh SQLite store (extraction included), Node ${process.version}`);
console.log(`spread     ${a.seconds.toFixed(1).padStart(7)} s  ${rate(a.seconds).padStart(7)} articles/s  ${a.events} events`);
console.log(`clustered  ${b.seconds.toFixed(1).padStart(7)} s  ${rate(b.seconds).padStart(7)} articles/s  ${b.events} events`);
const ratio = b.seconds / a.seconds;
console.log(`ratio clustered/spread ${ratio.toFixed(2)}   target ≤ 2: ${ratio <= 2 ? "ok" : "MISSED"}`);
