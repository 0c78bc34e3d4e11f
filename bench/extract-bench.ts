/**
 * `npm run bench`: extraction throughput on one core over a corpus of ≥ 10,000 articles built in
 * memory from the project's own example articles (ids, dates and paragraph order varied), against a
 * baseline pass (normalize + tokenize only) measured in the same run, with peak memory.
 *
 *   npm run bench                      # 10,000 articles
 *   npm run bench -- --articles 50000
 */
import { createReadStream, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { readJsonlArticles } from "../src/io/read-jsonl-articles.ts";
import type { Article } from "../src/model/article.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { normalize } from "../src/text/normalize.ts";
import { tokenize } from "../src/text/tokenize.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, source: { type: "string" } } });
const target = Math.max(1, Number(values.articles));
const MB = 1024 * 1024;

const { sources, origin } = await loadSources(values.source);
const corpus = buildCorpus(sources, target);
const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);

const extract = createExtractor(await loadResources());
const baseline = (article: Article): number => tokenize(normalize(article.text).text).length;
const extraction = (article: Article): number => extract(article).events.length;

// Warm-up: let the JIT compile both passes before timing.
const warm = corpus.slice(0, Math.min(corpus.length, 1000));
for (let round = 0; round < 2; round++) {
  for (const a of warm) baseline(a);
  for (const a of warm) extraction(a);
}

globalThis.gc?.();
const base = timePass(corpus, baseline);
globalThis.gc?.();
const full = timePass(corpus, extraction);
const maxRss = process.resourceUsage().maxRSS / 1024; // kB → MB

const rate = (n: number, s: number) => n / s;
const rows: string[][] = [
  ["pass", "time s", "articles/s", "MB/s", "RSS start→peak→end MB"],
  ["baseline (normalize+tokenize)", base.seconds.toFixed(2), rate(corpus.length, base.seconds).toFixed(0), rate(bytes / MB, base.seconds).toFixed(2), rss(base)],
  ["extraction", full.seconds.toFixed(2), rate(corpus.length, full.seconds).toFixed(0), rate(bytes / MB, full.seconds).toFixed(2), rss(full)],
];
const ratio = full.seconds / base.seconds;
const articlesPerSecond = rate(corpus.length, full.seconds);
console.log(`rasd bench — ${corpus.length} articles, ${(bytes / MB).toFixed(1)} MB UTF-8, built from ${sources.length} articles of ${origin}; one core, Node ${process.version}`);
console.log(table(rows));
console.log(`ratio extraction/baseline ${ratio.toFixed(2)}   events extracted ${full.total} (${(full.total / corpus.length).toFixed(2)} per article)`);
console.log(`peak RSS during extraction ${full.peak.toFixed(0)} MB; process max RSS ${maxRss.toFixed(0)} MB (includes the in-memory corpus)`);
console.log(
  `targets: ≥1000 articles/s ${articlesPerSecond >= 1000 ? "ok" : "MISSED"} · ratio ≤5 ${ratio <= 5 ? "ok" : "MISSED"} · peak RSS <300 MB ${full.peak < 300 ? "ok" : "MISSED"}`,
);

interface PassResult {
  readonly seconds: number;
  readonly total: number;
  readonly start: number;
  readonly peak: number;
  readonly end: number;
}

/** Run `fn` over the corpus, sampling RSS every 200 articles (a timer would not fire in a busy loop). */
function timePass(articles: readonly Article[], fn: (a: Article) => number): PassResult {
  const start = process.memoryUsage.rss() / MB;
  let peak = start;
  let total = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < articles.length; i++) {
    total += fn(articles[i]!);
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage.rss() / MB);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const end = process.memoryUsage.rss() / MB;
  return { seconds, total, start, peak: Math.max(peak, end), end };
}

function rss(p: PassResult): string {
  return `${p.start.toFixed(0)}→${p.peak.toFixed(0)}→${p.end.toFixed(0)}`;
}

/**
 * Vary ids, publication days and the order of the paragraphs after the first (the lead stays the
 * lead), so the extractor cannot serve repeats from a cache and dates resolve differently.
 */
function buildCorpus(base: readonly Article[], size: number): Article[] {
  const split = base.map((a) => a.text.split(/\n\s*\n/));
  const out: Article[] = [];
  for (let i = 0; i < size; i++) {
    const k = i % base.length;
    const round = Math.floor(i / base.length);
    const article = base[k]!;
    const [lead = "", ...rest] = split[k]!;
    const shift = rest.length > 0 ? round % rest.length : 0;
    const body = round % 2 === 1 ? [...rest.slice(shift), ...rest.slice(0, shift)].reverse() : [...rest.slice(shift), ...rest.slice(0, shift)];
    out.push({ ...article, id: `${article.id}-v${round}`, published: shiftDay(article.published ?? "2024-01-01", round % 400), text: [lead, ...body].join("\n\n") });
  }
  return out;
}

function shiftDay(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return new Date((Number.isNaN(t) ? Date.parse("2024-01-01T00:00:00Z") : t) + days * 86400000).toISOString().slice(0, 10);
}

/** The project's example articles; else any article JSONL under test/; else a clear failure. */
async function loadSources(explicit: string | undefined): Promise<{ sources: Article[]; origin: string }> {
  const candidates = explicit ? [explicit] : ["examples/articles.jsonl", ...findJsonl("test")];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const sources: Article[] = [];
    for await (const item of readJsonlArticles(createReadStream(path), { file: path, maxLineBytes: 20 * MB })) {
      if (item.kind === "article" && item.article.text.length > 0) sources.push(item.article);
    }
    if (sources.length > 0) return { sources, origin: path };
  }
  console.error("bench: no example articles found (examples/articles.jsonl is missing and no article JSONL under test/); pass --source FILE");
  process.exit(1);
}

function findJsonl(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(dir, f));
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}
