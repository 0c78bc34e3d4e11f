/**
 * `npm run bench` (first part): extraction throughput as a user meets it, whole processes with
 * startup included, in one run:
 * - the text pass: `node bench/text-pass.mjs FILE` (read the JSONL, normalise + tokenise each article);
 * - `rasd extract --jobs 1 FILE` (one thread);
 * - `rasd extract --jobs N FILE` (N worker threads, N = the number of cores unless --jobs says).
 * - N independent `rasd extract --jobs 1` processes on the same file at once: the most N cores of
 *   this machine give to this work (the ceiling for N workers). A one-thread process already keeps
 *   part of a second core busy (V8's collector and compiler threads), and cores may share caches
 *   or a host core, so N workers can be judged against what N processes reach, not against N×.
 * The four run in turn, round after round; medians of each are printed, and the ratios computed
 * round by round (extraction / text pass, one thread / N workers, N processes / one) so a drift of
 * the machine's speed does not skew them. Corpora: the example articles varied to --articles (ids, days and paragraph
 * order changed), and, when ../shared is beside the checkout, its train + dev articles repeated to
 * --shared-articles. Runs the compiled program (npm run build first; npm run bench does).
 *
 *   npm run bench
 *   node --import tsx bench/extract-bench.ts --articles 10000 --rounds 3 --jobs 2
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readJsonlArticles } from "../src/io/read-jsonl-articles.ts";
import type { Article } from "../src/model/article.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    "shared-articles": { type: "string", default: "5000" },
    rounds: { type: "string", default: "3" },
    jobs: { type: "string", default: String(availableParallelism()) },
  },
});
const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/rasd.js");
const TEXT_PASS = join(ROOT, "bench/text-pass.mjs");
const SHARED = join(ROOT, "../shared/eval");
const rounds = Math.max(1, Number(values.rounds));
const jobs = Math.max(2, Number(values.jobs));
const MB = 1024 * 1024;

if (!existsSync(join(ROOT, "dist/cli/main.js"))) {
  console.error("bench: the compiled program is missing; run `npm run build` first");
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), "rasd-bench-"));
try {
  const examples = await readArticlesOf(join(ROOT, "examples/articles.jsonl"));
  await benchCorpus("example articles, varied", writeCorpus("examples.jsonl", buildCorpus(examples, Math.max(1, Number(values.articles)))));
  const train = join(SHARED, "train/articles.jsonl");
  const dev = join(SHARED, "dev/articles.jsonl");
  if (existsSync(train) && existsSync(dev)) {
    const real = [...(await readArticlesOf(train)), ...(await readArticlesOf(dev))];
    const size = Math.max(1, Number(values["shared-articles"]));
    await benchCorpus("../shared train + dev articles, repeated", writeCorpus("shared.jsonl", Array.from({ length: size }, (_, i) => real[i % real.length]!)));
  } else {
    console.log("\n(../shared/eval is not beside the checkout: real articles skipped)");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

interface Corpus {
  readonly path: string;
  readonly articles: number;
  readonly bytes: number;
}

/** One process's figures, as /usr/bin/time reports them. */
interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly peakMb: number;
}

async function benchCorpus(name: string, corpus: Corpus): Promise<void> {
  const commands = {
    text: ["node", TEXT_PASS, corpus.path],
    one: ["node", BIN, "extract", "--jobs", "1", corpus.path],
    many: ["node", BIN, "extract", "--jobs", String(jobs), corpus.path],
  } as const;
  const runs: Record<keyof typeof commands, Run[]> = { text: [], one: [], many: [] };
  const sideBySide: Run[] = [];
  // One warm-up of each (disk cache, compiled code cache), then the counted rounds.
  for (const round of [-1, ...Array.from({ length: rounds }, (_, i) => i)]) {
    for (const key of ["text", "one", "many"] as const) {
      const run = timeProcess(commands[key]);
      if (round >= 0) runs[key].push(run);
    }
    const together = await timeTogether(commands.one, jobs);
    if (round >= 0) sideBySide.push(together);
  }
  const perSecond = (r: Run) => corpus.articles / r.wall;
  const rows = [
    ["pass (whole process, startup included)", "wall s", "CPU s", "articles/s", "MB/s", "peak RSS MB"],
    ...(["text", "one", "many"] as const).map((key) => {
      const label = { text: "text pass (read, normalise, tokenise)", one: "rasd extract --jobs 1", many: `rasd extract --jobs ${jobs}` }[key];
      const wall = median(runs[key].map((r) => r.wall));
      return [label, wall.toFixed(2), median(runs[key].map((r) => r.cpu)).toFixed(2), (corpus.articles / wall).toFixed(0), (corpus.bytes / MB / wall).toFixed(2), median(runs[key].map((r) => r.peakMb)).toFixed(0)];
    }),
  ];
  const ratio = median(runs.one.map((r, i) => r.wall / runs.text[i]!.wall));
  const speedup = median(runs.many.map((r, i) => runs.one[i]!.wall / r.wall));
  const one = median(runs.one.map(perSecond));
  // N processes did N times the work: their throughput against one process's, round by round.
  const ceiling = median(sideBySide.map((r, i) => (jobs * runs.one[i]!.wall) / r.wall));
  console.log(`\n${name}: ${corpus.articles} articles, ${(corpus.bytes / MB).toFixed(1)} MB; ${rounds} round(s), medians; Node ${process.version}, ${availableParallelism()} cores`);
  console.log(table(rows));
  console.log(`extraction / text pass (one thread): ${ratio.toFixed(2)}×   ${jobs} workers / one thread: ${speedup.toFixed(2)}× faster (ratios per round, median)`);
  console.log(
    `${jobs} independent one-thread processes at once: ${ceiling.toFixed(2)}× the throughput of one (median ${median(sideBySide.map((r) => r.wall)).toFixed(2)} s wall, ${median(sideBySide.map((r) => r.cpu)).toFixed(2)} CPU s for ${jobs}×${corpus.articles} articles): the most ${jobs} cores give this work here`,
  );
  console.log(
    `targets: one thread ≥ 5000 articles/s ${one >= 5000 ? "ok" : "MISSED"} · ≤ 6× the text pass ${ratio <= 6 ? "ok" : "MISSED"} · ${jobs} workers ≥ 1.7× ${speedup >= 1.7 ? "ok" : "MISSED"} · peak RSS < 250 MB ${Math.max(...runs.one.map((r) => r.peakMb), ...runs.many.map((r) => r.peakMb)) < 250 ? "ok" : "MISSED"}`,
  );
}

/** Runs the command under /usr/bin/time (GNU time: wall, user + system CPU, peak RSS), output discarded. */
function timeProcess(argv: readonly string[]): Run {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", ...argv], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 64 * MB });
  const last = result.stderr.trim().split("\n").at(-1) ?? "";
  const [wall, user, sys, kb] = last.split(" ").map(Number);
  if (result.status !== 0 || [wall, user, sys, kb].some((x) => x === undefined || Number.isNaN(x))) {
    throw new Error(`bench: ${argv.join(" ")} failed (exit ${result.status}): ${result.stderr.slice(-500)}`);
  }
  return { wall: wall!, cpu: user! + sys!, peakMb: kb! / 1024 };
}

/**
 * Runs `copies` instances of the command at once, each under /usr/bin/time; wall is until the last
 * ends, CPU the sum, peak RSS the largest.
 */
async function timeTogether(argv: readonly string[], copies: number): Promise<Run> {
  const started = performance.now();
  const runs = await Promise.all(
    Array.from(
      { length: copies },
      () =>
        new Promise<Run>((resolve, reject) => {
          const child = spawn("/usr/bin/time", ["-f", "%e %U %S %M", ...argv], { stdio: ["ignore", "ignore", "pipe"] });
          let stderr = "";
          child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
          child.on("error", reject);
          child.on("close", (status) => {
            const [wall, user, sys, kb] = (stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
            if (status !== 0 || [wall, user, sys, kb].some((x) => x === undefined || Number.isNaN(x))) {
              reject(new Error(`bench: ${argv.join(" ")} failed (exit ${status}): ${stderr.slice(-500)}`));
            } else resolve({ wall: wall!, cpu: user! + sys!, peakMb: kb! / 1024 });
          });
        }),
    ),
  );
  return { wall: (performance.now() - started) / 1000, cpu: runs.reduce((sum, r) => sum + r.cpu, 0), peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

function writeCorpus(name: string, articles: readonly Article[]): Corpus {
  const path = join(dir, name);
  const text = articles.map((a) => JSON.stringify(a)).join("\n") + "\n";
  writeFileSync(path, text);
  return { path, articles: articles.length, bytes: Buffer.byteLength(text) };
}

async function readArticlesOf(path: string): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readJsonlArticles(createReadStream(path), { file: path, maxLineBytes: 20 * MB })) {
    if (item.kind === "article" && item.article.text.length > 0) out.push(item.article);
  }
  if (out.length === 0) throw new Error(`bench: no article in ${path}`);
  return out;
}

/**
 * Vary ids, publication days and the order of the paragraphs after the first (the lead stays the
 * lead), so repeats are not the same article and dates resolve differently.
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

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}
