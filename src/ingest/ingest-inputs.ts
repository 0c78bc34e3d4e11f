import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { formatLocation, RasdError } from "../errors/rasd-error.ts";
import { articleProblem } from "../io/article-limits.ts";
import type { ArticleReadResult } from "../io/article-read-result.ts";
import { inputKindOf } from "../io/input-kind.ts";
import type { Article } from "../model/article.ts";
import { readRegularFile } from "../io/open-regular-file.ts";
import { readArticles } from "../io/read-articles.ts";
import { ingestArticle } from "./ingest-article.ts";
import { emptySummary, type IngestContext, type IngestSummary } from "./ingest-context.ts";
import { ingestFeedDocument } from "./ingest-feed.ts";
import { guardItem } from "./guard-item.ts";
import { count } from "./ingest-page.ts";
import { ingestUrl } from "./ingest-url.ts";

/** Local feed files by extension; URLs are sniffed by content instead. */
const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);
const MAX_FEED_FILE_BYTES = 20 * 1024 * 1024;

export interface IngestInputsOptions {
  readonly stdin: Readable;
  /** Called after every item with the number done so far (for a progress bar). */
  readonly onProgress?: (done: number, summary: IngestSummary) => void;
}

/**
 * Ingest files, directories, URLs and feeds, in the order given. Every bad item is reported through
 * `ctx.report` and skipped; the rest goes in. Returns the counts for the closing summary.
 */
export async function ingestInputs(ctx: IngestContext, inputs: readonly string[], options: IngestInputsOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  let done = 0;
  const tick = () => options.onProgress?.(++done, summary);
  const reporting: IngestContext = {
    ...ctx,
    report: (item) => {
      ctx.report(item);
      tick();
    },
  };
  const local: string[] = [];
  const flushLocal = async () => {
    if (local.length === 0) return;
    const paths = local.splice(0);
    await guardItem(reporting, summary, paths.join(", ") || "<stdin>", async () => {
    const read = readArticles(paths, options.stdin, { published: ctx.fallbackPublished });
    // With a pool, workers extract ahead while this loop checks and stores, in input order, one by one.
    for await (const { item: result, outcome } of ctx.pool ? ctx.pool.inOrder(read, extractable) : withoutPool(read)) {
      if (result.kind === "warning") {
        ctx.report({ outcome: "warning", where: formatLocation(result.warning.location) ?? "input", detail: result.warning.detail });
        continue;
      }
      if (result.kind === "error") {
        summary.errors += result.count;
        reporting.report({ outcome: "error", where: formatLocation(result.error.location) ?? "input", detail: result.error.detail, count: result.count });
        continue;
      }
      const where = result.origin.line === undefined ? result.origin.file : `${result.origin.file}:${result.origin.line}`;
      const kind = inputKindOf(result.origin.file) ?? "jsonl";
      const item = await ingestArticle(ctx, result.article, kind, where, outcome);
      count(summary, item.outcome, item.reports);
      reporting.report(item);
    }
    });
  };
  for (const input of inputs.length === 0 ? ["-"] : inputs) {
    if (/^https?:\/\//i.test(input)) {
      await flushLocal();
      await guardItem(reporting, summary, input, () => ingestUrl(reporting, input, summary));
    } else if (FEED_EXTENSIONS.has(extname(input).toLowerCase())) {
      await flushLocal();
      await guardItem(reporting, summary, input, () => ingestFeedFile(reporting, input, summary));
    } else {
      local.push(input);
    }
  }
  await flushLocal();
  return summary;
}

/** Articles worth sending to a worker: those ingestArticle would extract, unless already stored. */
function extractable(result: ArticleReadResult): Article | null {
  if (result.kind !== "article") return null;
  return articleProblem(result.article) === null && result.article.text.trim() !== "" ? result.article : null;
}

async function* withoutPool(read: AsyncIterable<ArticleReadResult>): AsyncGenerator<{ item: ArticleReadResult; outcome: null }> {
  for await (const item of read) yield { item, outcome: null };
}

async function ingestFeedFile(ctx: IngestContext, path: string, summary: IngestSummary): Promise<void> {
  try {
    const xml = new TextDecoder("utf-8", { fatal: true }).decode(await readRegularFile(path, MAX_FEED_FILE_BYTES));
    await ingestFeedDocument(ctx, pathToFileURL(resolve(path)).href, xml, summary);
  } catch (error) {
    summary.errors++;
    ctx.report({ outcome: "error", where: path, detail: `cannot read feed: ${error instanceof RasdError ? error.detail : (error as Error).message}` });
  }
}

/**
 * How many items the inputs hold, for the progress bar: lines of JSONL files, one per other file.
 * Null when unknown (URLs, stdin, directories).
 */
export async function countItems(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === "-" || /^https?:\/\//i.test(input)) return null;
    let info;
    try {
      info = await stat(input);
    } catch {
      total++;
      continue;
    }
    if (info.isDirectory()) return null;
    if (!info.isFile()) {
      total++;
      continue;
    }
    if (inputKindOf(input) !== "jsonl") {
      total++;
      continue;
    }
    for await (const chunk of createReadStream(input) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) total++;
    }
  }
  return total;
}
