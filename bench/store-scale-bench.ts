/**
 * `npm run bench` (third part): the API's event queries on a large store, SQLite or PostgreSQL.
 * Fills a fresh store with N invented event reports (bulk rows through src/store/bulk-insert.ts,
 * spread over governorates, places, days, types and actors; ~1.5 reports per event, 2 per article),
 * then times each query the web API runs (queryEvents, as GET /api/events calls it, counts cached
 * per store version as the server has them) against a plain primary-key range SELECT of the same
 * page size, in paired alternating runs. Prints p50/p95 in ms and each as a multiple of the plain
 * SELECT, plus fill throughput and the cold (uncached) count of the default list and the box.
 * Then the same over HTTP (GET /api/events, default and box, through the built app's inject: routing,
 * validation and JSON included), and the outlet profiles of GET /api/outlets: summed from the
 * articles' stored framing summaries, against reading every text again as rasd did before 0012.
 * Articles get invented texts of about 1,200 characters in the words of one camp or another.
 *
 *   node --import tsx bench/store-scale-bench.ts [--events 200000] [--db postgres://…] [--runs 200]
 *
 * --events counts reports. With --db the database must be empty (a throwaway one): the bench fills it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Insertable } from "kysely";
import type { ArticleTable, EventTable, ReportTable } from "../src/store/database-schema.ts";
import { profileOutlets, profileOutletSummaries } from "../src/framing/profile-outlets.ts";
import { defaultFramingLexicon } from "../src/framing/load-framing-lexicon.ts";
import { readArticleFraming } from "../src/framing/read-article-framing.ts";
import { loadFramingSummaries } from "../src/framing/read-stored-framings.ts";
import { buildApp } from "../src/server/build-app.ts";
import { analyzeStore, bulkInsert, eventsByIdAfter } from "../src/store/bulk-insert.ts";
import { framingArticles } from "../src/store/framing-rows.ts";
import type { EventFilter } from "../src/store/event-filter.ts";
import { openStore } from "../src/store/open-store.ts";
import { isPostgresUrl } from "../src/store/store-dialect.ts";
import { countEvents, encodeCursor, queryEvents } from "../src/store/query-events.ts";
import type { Store } from "../src/store/store.ts";
import { withWriteTransaction } from "../src/store/with-write-transaction.ts";

const { values } = parseArgs({ options: { events: { type: "string", default: "200000" }, db: { type: "string" }, runs: { type: "string", default: "200" }, "no-fill": { type: "boolean" } } });
const nReports = Math.max(1000, Number(values.events));
const runs = Math.max(10, Number(values.runs));

/** Invented governorates with a rough centre (lon, lat) and a weight: most reports come from few. */
const GOVERNORATES: readonly (readonly [string, number, number, number])[] = [
  ["Idlib", 36.63, 35.93, 30], ["Aleppo", 37.16, 36.2, 20], ["Hama", 36.75, 35.13, 10], ["Daraa", 36.1, 32.62, 10],
  ["Deir-ez-Zor", 40.14, 35.33, 9], ["Raqqa", 39.01, 35.95, 6], ["Homs", 36.72, 34.73, 5], ["Al-Hasakeh", 40.75, 36.5, 4],
  ["Rural Damascus", 36.5, 33.6, 2], ["Latakia", 35.79, 35.52, 1], ["Tartous", 35.89, 34.89, 1], ["As-Sweida", 36.57, 32.71, 1],
  ["Quneitra", 35.82, 33.13, 0.5], ["Damascus", 36.29, 33.51, 0.5],
];
const TYPES: readonly (readonly [string, string, number])[] = [
  ["Explosions/Remote violence", "Shelling/artillery/missile attack", 35], ["Explosions/Remote violence", "Air/drone strike", 20],
  ["Battles", "Armed clash", 25], ["Violence against civilians", "Attack", 10], ["Protests", "Peaceful protest", 5],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED", 4], ["Strategic developments", "Looting/property destruction", 1],
];
const ACTORS = ["SYR_GOV", "RUS", "HTS", "SDF", "TUR", "IRN_MIL", "SNA", "ISIS", "CIV", "UNKNOWN"];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `outlet${i}.example`);
const PLACES_PER_GOVERNORATE = 80;
const DAYS = 5 * 365;

/** A seeded generator (mulberry32), so two runs build the same store. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(12);
function weighted<T extends readonly unknown[]>(items: readonly T[], weightAt: number): T {
  const total = items.reduce((s, x) => s + (x[weightAt] as number), 0);
  let r = rnd() * total;
  for (const x of items) if ((r -= x[weightAt] as number) <= 0) return x;
  return items.at(-1)!;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function dayOf(offset: number): string {
  return new Date(Date.parse("2021-01-01T00:00:00Z") + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Places: PLACES_PER_GOVERNORATE points scattered within ~0.5° of each centre. */
const PLACES = GOVERNORATES.flatMap(([admin1, lon, lat, weight]) =>
  Array.from({ length: PLACES_PER_GOVERNORATE }, (_, i) => ({ admin1, lon: lon + (rnd() - 0.5), lat: lat + (rnd() - 0.5), key: `موقع ${admin1} ${i}`, id: `bench:${admin1}:${i}`, weight })),
);

const NOW = "2026-01-01T00:00:00Z";

/**
 * Invented sentences in the words of each camp (and a neutral wire's), from which article texts are
 * drawn: ten sentences, most from the outlet's own camp, so profiles have terms and sources to sum.
 */
const SENTENCES: Readonly<Record<string, readonly string[]>> = {
  government: [
    "أحبطت وحدات من الجيش العربي السوري محاولة تسلل للإرهابيين باتجاه النقاط العسكرية في الريف الشمالي.",
    "ذكر مراسل الوكالة أن وحدات الجيش دمرت أوكارا للتنظيمات الإرهابية وأوقعت قتلى في صفوف الإرهابيين.",
    "نقلت الوكالة عن مصدر عسكري أن الجيش العربي السوري حرر بلدة جديدة من الإرهاب وبدأ تمشيطها.",
  ],
  opposition: [
    "قصفت قوات النظام البلدة بالمدفعية الثقيلة ما أدى إلى استشهاد مدنيين، بحسب الدفاع المدني السوري.",
    "تصدى الثوار لمحاولة تقدم لميليشيات الأسد على محور جديد، وقال مراسلنا إنهم قتلوا عددا من عناصرها.",
    "ارتكبت قوات الأسد مجزرة جديدة في المناطق المحررة بعد قصف بالبراميل المتفجرة على سوق شعبي.",
  ],
  kurdish: [
    "استهدف جيش الاحتلال التركي ومرتزقته القرية بقذائف الهاون، بحسب المركز الإعلامي لقوات سوريا الديمقراطية.",
    "أقدمت الفصائل الموالية لتركيا على اختطاف مواطنين من قرى عفرين المحتلة، وفق مصادر محلية.",
  ],
  neutral: [
    "قتل أربعة جنود من القوات الحكومية في هجوم شنه مقاتلون جهاديون على موقع عسكري، بحسب المرصد السوري لحقوق الإنسان.",
    "قال مقاتلو المعارضة إنهم صدوا هجوما للقوات الحكومية، ولم يتسن التحقق من الروايتين بشكل مستقل.",
  ],
};
const CAMPS_OF_SENTENCES = Object.keys(SENTENCES);

/** Texts draw from their own generator, so the events and reports are those of the earlier benches. */
const textRnd = random(34);
const pickText = <T>(xs: readonly T[]): T => xs[Math.floor(textRnd() * xs.length)]!;

/** About 1,200 characters: eight sentences of the outlet's camp, two of any camp. */
function articleText(outletIndex: number): string {
  const own = SENTENCES[CAMPS_OF_SENTENCES[outletIndex % CAMPS_OF_SENTENCES.length]!]!;
  const lines = Array.from({ length: 10 }, (_, i) => (i < 8 ? pickText(own) : pickText(SENTENCES[pickText(CAMPS_OF_SENTENCES)]!)));
  return lines.join(" ");
}

async function fill(store: Store): Promise<{ reports: number; events: number; articles: number; seconds: number }> {
  const started = performance.now();
  await withWriteTransaction(store, (s) => bulkInsert(s, "outlets", OUTLETS.map((id) => ({ id, name: id, first_seen: NOW }))));
  const CHUNK = 20_000;
  let made = 0;
  let events = 0;
  let articles = 0;
  while (made < nReports) {
    const n = Math.min(CHUNK, nReports - made);
    const eventRows: Insertable<EventTable>[] = [];
    const reportRows: Insertable<ReportTable>[] = [];
    const articleRows: Insertable<ArticleTable>[] = [];
    for (let i = 0; i < n; i += 2) {
      const articleId = `a${String(articles++).padStart(8, "0")}`;
      const outletIndex = Math.floor(rnd() * OUTLETS.length);
      const outlet = OUTLETS[outletIndex]!;
      articleRows.push({ id: articleId, url: null, outlet_id: outlet, published: dayOf(Math.floor(rnd() * DAYS)), title: null, text: articleText(outletIndex), content_hash: articleId, syndicated_of: null, signature: "[]", source_kind: "jsonl", ingested_at: NOW });
    }
    let ordinal = 0;
    while (reportRows.length < n) {
      const eventId = `ev${String(events++).padStart(8, "0")}`;
      const [admin1] = weighted(GOVERNORATES, 3);
      const candidates = PLACES.filter((p) => p.admin1 === admin1);
      const place = pick(candidates);
      const [event_type, sub_event_type] = weighted(TYPES, 2);
      const dated = rnd() > 0.03;
      const date = dated ? dayOf(Math.floor(DAYS * Math.sqrt(rnd()))) : null; // more recent days have more events
      const actor1 = pick(ACTORS);
      const actor2 = rnd() < 0.4 ? pick(ACTORS) : null;
      const located = rnd() > 0.05;
      const killed = rnd() < 0.5 ? Math.floor(rnd() * 10) : null;
      const nrep = Math.min(n - reportRows.length, rnd() < 0.6 ? 1 : rnd() < 0.7 ? 2 : 3);
      for (let r = 0; r < nrep; r++) {
        const articleId = articleRows[Math.floor(reportRows.length / 2)]!.id;
        reportRows.push({
          report_key: `${eventId}-${r}`, article_id: articleId, ordinal: ordinal++, local_event_id: `e${r}`, event_id: eventId, event_type, sub_event_type,
          actor1, actor2: r === 1 && rnd() < 0.3 ? pick(ACTORS) : actor2, place_name: place.key, place_key: place.key, admin1, admin2: null, admin3: null, pcode: null,
          gazetteer_id: place.id, lat: located ? place.lat : null, lon: located ? place.lon : null, geo_precision: 1, date, date_precision: dated ? 1 : null, date_lo: date, date_hi: date,
          killed, injured: null, casualties: null, source: null, evidence_start: 0, evidence_end: 4, evidence_text: "مثال", note: null, provenance_json: "[]",
        });
      }
      eventRows.push({
        event_id: eventId, event_type, sub_event_type, actor1, actor2, place_name: place.key, place_key: place.key, admin1, admin2: null, admin3: null, pcode: null,
        gazetteer_id: place.id, lat: located ? place.lat : null, lon: located ? place.lon : null, geo_precision: 1, date, date_precision: dated ? 1 : null,
        fatalities: killed, killed_min: killed, killed_max: killed, injured_min: null, injured_max: null, casualties_min: null, casualties_max: null,
        n_reports: nrep, n_articles: nrep, n_outlets: 1, outlets_json: "[]", sources_json: "[]", grade: "B", grade_reason: "example", updated_at: NOW,
      });
    }
    await withWriteTransaction(store, async (s) => {
      await bulkInsert(s, "articles", articleRows);
      await bulkInsert(s, "events", eventRows);
      await bulkInsert(s, "reports", reportRows);
    });
    made += n;
    if (made % 200_000 < CHUNK) process.stderr.write(`  filled ${made} reports (${Math.round(made / ((performance.now() - started) / 1000))}/s)\n`);
  }
  await analyzeStore(store);
  return { reports: made, events, articles, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

async function main(): Promise<void> {
  const dir = values.db ? null : mkdtempSync(join(tmpdir(), "rasd-scale-"));
  const location = values.db ?? join(dir!, "scale.db");
  const store = await openStore(location);
  try {
    // --no-fill: time the queries again on a store an earlier run filled (--db of that run).
    const filled = values["no-fill"] ? { reports: 0, events: await countEvents(store, {}), articles: 0, seconds: 0 } : await fill(store);
    const backEnd = isPostgresUrl(location) ? "postgres" : "sqlite";
    if (values["no-fill"]) console.log(`store-scale ${backEnd}: ${filled.events} events already stored (--no-fill)`);
    else console.log(`store-scale ${backEnd}: ${filled.reports} reports, ${filled.events} events, ${filled.articles} articles filled in ${filled.seconds.toFixed(1)} s (${Math.round(filled.reports / filled.seconds)} reports/s, analyze included)`);

    const idlibCity: EventFilter = { bbox: [36.5, 35.8, 36.8, 36.05] };
    const north: EventFilter = { bbox: [35.5, 35.0, 38.5, 37.0] };
    const total = await countEvents(store, {});
    const deepOffset = Math.floor(total / 2);
    const deepRow = (await queryEvents(store, {}, { limit: 1, offset: deepOffset - 1 })).items[0]!;
    const deepCursor = encodeCursor({ order: "date-desc", date: deepRow.date, eventId: deepRow.event_id });
    const cases: [string, EventFilter, { offset?: number; cursor?: string }][] = [
      ["default page", {}, {}],
      ["type=Battles", { eventType: "Battles" }, {}],
      ["type=Protests (5%)", { eventType: "Protests" }, {}],
      ["actor=HTS", { actor: "HTS" }, {}],
      ["admin1=Quneitra (0.5%)", { governorate: "quneitra" }, {}],
      ["bbox city", idlibCity, {}],
      ["bbox north", north, {}],
      ["bbox city + month", { ...idlibCity, dateFrom: "2025-06-01", dateTo: "2025-06-30" }, {}],
      ["date range month", { dateFrom: "2024-03-01", dateTo: "2024-03-31" }, {}],
      [`offset ${deepOffset}`, {}, { offset: deepOffset }],
      ["cursor at same depth", {}, { cursor: deepCursor }],
    ];
    // Cold counts: what the first request after a write pays (the cache then serves the version).
    for (const [name, filter] of [["default", {}], ["bbox city", idlibCity], ["actor=HTS", { actor: "HTS" }]] as const) {
      await withWriteTransaction(store, async () => {}); // a new store version: the cached counts are gone
      const cold = await time(() => countEvents(store, filter));
      console.log(`  cold count ${name}: ${cold.toFixed(1)} ms`);
    }
    console.log(`  ${"query (limit 100)".padEnd(26)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"×p50".padStart(7)} ${"×p95".padStart(7)}  rows/total`);
    const ids = Array.from({ length: runs }, (_, i) => `ev${String(Math.floor((i * 7919) % filled.events)).padStart(8, "0")}`);
    for (const [name, filter, page] of cases) {
      const result = await queryEvents(store, filter, { limit: 100, ...page }); // warm the count and the pages
      const q: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < runs; i++) {
        base.push(await time(() => eventsByIdAfter(store, ids[i]!, 100)));
        q.push(await time(() => queryEvents(store, filter, { limit: 100, ...page })));
      }
      q.sort((a, b) => a - b);
      base.sort((a, b) => a - b);
      const [p50, p95, b50, b95] = [percentile(q, 0.5), percentile(q, 0.95), percentile(base, 0.5), percentile(base, 0.95)];
      console.log(`  ${name.padEnd(26)} ${p50.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)} ${(p50 / b50).toFixed(1).padStart(7)} ${(p95 / b95).toFixed(1).padStart(7)}  ${result.items.length}/${result.total}`);
    }
    const b: number[] = [];
    for (let i = 0; i < runs; i++) b.push(await time(() => eventsByIdAfter(store, ids[i]!, 100)));
    b.sort((x, y) => x - y);
    console.log(`  plain SELECT by id (100 rows): p50 ${percentile(b, 0.5).toFixed(2)} ms, p95 ${percentile(b, 0.95).toFixed(2)} ms`);
    await timeOutletProfiles(store); // first: GET /api/outlets would fill the summaries
    await timeHttp(store, idlibCity);
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** GET /api/events over the built app (in-process inject: routing, validation, serialisation), p50/p95. */
async function timeHttp(store: Store, box: EventFilter): Promise<void> {
  const app = await buildApp({ store });
  try {
    const [minLon, minLat, maxLon, maxLat] = box.bbox!;
    const urls: [string, string][] = [
      ["GET /api/events", "/api/events"],
      ["GET /api/events?bbox=city", `/api/events?bbox=${minLon},${minLat},${maxLon},${maxLat}`],
      ["GET /api/outlets (cached)", "/api/outlets"],
    ];
    console.log(`  ${"HTTP (inject)".padEnd(26)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}  bytes`);
    for (const [name, url] of urls) {
      const first = await app.inject({ method: "GET", url }); // warm: counts, gazetteer names, profiles
      if (first.statusCode !== 200) throw new Error(`${url}: ${first.statusCode} ${first.body.slice(0, 200)}`);
      const q: number[] = [];
      for (let i = 0; i < runs; i++) q.push(await time(() => app.inject({ method: "GET", url })));
      q.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(26)} ${percentile(q, 0.5).toFixed(2).padStart(8)} ${percentile(q, 0.95).toFixed(2).padStart(8)}  ${first.body.length}`);
    }
  } finally {
    await app.close();
  }
}

/**
 * Outlet profiles (GET /api/outlets) on the first request after a write: from the stored framing
 * summaries, against reading every article's text again. The bench's rows are bulk-inserted without
 * summaries, as a store from before migration 0012: the first call reads and writes them (once).
 */
async function timeOutletProfiles(store: Store): Promise<void> {
  const lexicon = defaultFramingLexicon();
  const fromTexts = async () => {
    const rows = await framingArticles(store);
    return profileOutlets(rows.map((r) => readArticleFraming({ id: r.id, url: r.url, outlet: r.outlet_name ?? r.outlet_id, published: r.published, title: r.title, text: r.text }, lexicon)));
  };
  const fromRows = async () => profileOutletSummaries(await loadFramingSummaries(store, lexicon));
  let texts: unknown;
  let rows: unknown;
  const textsMs = await time(async () => (texts = await fromTexts()));
  const fillMs = await time(() => fromRows());
  const rowMs: number[] = [];
  for (let i = 0; i < 5; i++) rowMs.push(await time(async () => (rows = await fromRows())));
  rowMs.sort((a, b) => a - b);
  if (JSON.stringify(texts) !== JSON.stringify(rows)) throw new Error("outlet profiles from stored summaries differ from profiles read from the texts");
  console.log(`  outlet profiles: every text read ${textsMs.toFixed(0)} ms; summaries filled (once, store from before 0012) ${fillMs.toFixed(0)} ms; from stored summaries p50 of 5 ${percentile(rowMs, 0.5).toFixed(0)} ms (identical profiles)`);
}

await main();
