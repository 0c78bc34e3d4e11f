import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { loadExtractor } from "../../src/cli/load-extractor.ts";
import { emptySummary, type IngestContext, type IngestItemReport } from "../../src/ingest/ingest-context.ts";
import { ingestInputs } from "../../src/ingest/ingest-inputs.ts";
import { DEFAULT_FETCH_POLICY } from "../../src/net/safe-fetch.ts";
import { openStore } from "../../src/store/open-store.ts";
import { goodText, type HostileCase, hostileCase, seededRandom } from "./hostile-generator.ts";
import { queryBuilder } from "../../src/store/store-session.ts";

/** A few hundred cases in CI; RASD_FUZZ_CASES=5000 (and RASD_FUZZ_SEED=n) for a longer hunt. */
const CASES = Number(process.env["RASD_FUZZ_CASES"] ?? 200);
const SEED = Number(process.env["RASD_FUZZ_SEED"] ?? 16);
/** Generous: the process may hold the extractor's tables (~200 MB) plus one hostile input at a time. */
const MAX_RSS_BYTES = 2.5 * 1024 ** 3;

test(`fuzz: ${CASES} hostile inputs (seed ${SEED}) never crash the run, good neighbours are stored, memory stays bounded`, { timeout: 30 * 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-fuzz-"));
  const store = await openStore(":memory:");
  const reports: IngestItemReport[] = [];
  const ctx: IngestContext = {
    store,
    extractor: await loadExtractor(),
    fetchPolicy: DEFAULT_FETCH_POLICY,
    fallbackPublished: "2024-05-07",
    summaryChars: 600,
    now: () => "2024-05-07T00:00:00.000Z",
    report: (item) => reports.push(item),
  };
  const random = seededRandom(SEED);
  const labels = new Map<string, number>();
  let peakRss = 0;
  try {
    for (let i = 0; i < CASES; i++) {
      const hostile = hostileCase(random);
      labels.set(`${hostile.kind}: ${hostile.label}`, (labels.get(`${hostile.kind}: ${hostile.label}`) ?? 0) + 1);
      const markers = [`${i}-a`, `${i}-b`];
      const paths = writeCase(dir, i, hostile, markers);
      const summary = await ingestInputs(ctx, paths, { stdin: Readable.from([]) }).catch((error: unknown) => {
        assert.fail(`case ${i} (${hostile.kind}: ${hostile.label}) threw: ${(error as Error).stack}`);
      });
      assert.ok(summary.stored >= 2, `case ${i} (${hostile.kind}: ${hostile.label}): both good neighbours stored`);
      for (const marker of markers) {
        const row = await queryBuilder(store).selectFrom("articles").select("id").where("text", "like", `%رقم الحالة ${marker}.%`).executeTakeFirst();
        assert.ok(row, `case ${i} (${hostile.kind}: ${hostile.label}): neighbour ${marker} stored`);
      }
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      assert.ok(peakRss < MAX_RSS_BYTES, `case ${i} (${hostile.kind}: ${hostile.label}): memory ${Math.round(peakRss / 2 ** 20)} MiB`);
    }
  } finally {
    await store.close();
  }
  assert.ok(reports.some((r) => r.outcome === "error"), "hostile inputs were reported");
  assert.ok(!reports.some((r) => /internal error|RangeError|Maximum call stack/.test(r.detail)), "no failure leaked a stack");
  assert.ok(labels.size >= 10, `the generator covered many kinds of case: ${[...labels.keys()].join(", ")}`);
});

function writeCase(dir: string, i: number, hostile: HostileCase, [a, b]: string[]): string[] {
  const good = (marker: string) => ({ id: `good-${marker}`, published: "2024-05-07", title: "خبر", text: goodText(neighbour(i, marker), marker) });
  switch (hostile.kind) {
    case "jsonl": {
      const path = join(dir, `case-${i}.jsonl`);
      const line = typeof hostile.line === "string" ? Buffer.from(hostile.line) : Buffer.from(hostile.line);
      writeFileSync(path, Buffer.concat([Buffer.from(JSON.stringify(good(a!)) + "\n"), line, Buffer.from("\n" + JSON.stringify(good(b!)) + "\n")]));
      return [path];
    }
    case "html": {
      const page = (marker: string) => `<html><head><title>خبر</title></head><body><article><p>${goodText(neighbour(i, marker), marker)}</p></article></body></html>`;
      const paths = [join(dir, `case-${i}-a.html`), join(dir, `case-${i}-b.html`), join(dir, `case-${i}-c.html`)];
      writeFileSync(paths[0]!, page(a!));
      writeFileSync(paths[1]!, hostile.page);
      writeFileSync(paths[2]!, page(b!));
      return paths;
    }
    case "feed": {
      const item = (marker: string) => `<item><guid>good-${marker}</guid><title>خبر</title><description>${goodText(neighbour(i, marker), marker)}</description></item>`;
      const path = join(dir, `case-${i}.xml`);
      writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>${item(a!)}${hostile.items.join("")}${item(b!)}</channel></rss>`);
      return [path];
    }
    default: {
      const never: never = hostile;
      return never;
    }
  }
}

/** Which corpus text a neighbour gets: two per case, in order. */
function neighbour(i: number, marker: string): number {
  return 2 * i + (marker.endsWith("-b") ? 1 : 0);
}
