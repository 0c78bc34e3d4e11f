import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { RasdError } from "../../errors/rasd-error.ts";
import { emptySummary, type IngestContext } from "../../ingest/ingest-context.ts";
import { guardItem } from "../../ingest/guard-item.ts";
import { pollFeed } from "../../ingest/poll-feed.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { nextFeedCheck } from "../../store/feed-state.ts";
import { openStore } from "../../store/open-store.ts";
import { openJobQueue } from "../../store/job-queue.ts";
import { isPostgresUrl } from "../../store/store-dialect.ts";
import { defineCommand } from "../command.ts";
import { formatIngestReport } from "../format-ingest-report.ts";
import { formatMessage } from "../format-message.ts";
import { loadExtractor } from "../load-extractor.ts";
import { NETWORK_OPTIONS, fetchPolicyOf } from "./ingest.ts";
import { stopOnSignals } from "../stop-on-signals.ts";
import type { CliIo } from "../cli-io.ts";

export const watchCommand = defineCommand({
  name: "watch",
  summary: "Poll RSS/Atom feeds on a schedule and ingest new items (conditional GET, backoff, state in the DB)",
  description: `FILE lists one feed URL per line (# starts a comment). Stop with Ctrl-C; a restart resumes without re-ingesting.
A poll that fails (network, a locked database, a hostile item) is reported and the next one comes.
With --once the exit code is 1 when a feed or an item failed.
With --db postgres://… the polls go on the store's job queue, and rasd worker processes fetch the
feeds and queue their new articles (with turns, merged in order); --in-process polls and ingests
here instead, as with an SQLite file.`,
  options: {
    db: { type: "string", placeholder: "FILE|URL", description: `Database file or PostgreSQL store (postgres://…; default: ${defaultDbPath()})` },
    feeds: { type: "string", placeholder: "FILE", description: "File of feed URLs" },
    every: { type: "string", default: "10m", placeholder: "DURATION", description: "Poll interval: 90s, 10m, 1h" },
    once: { type: "boolean", description: "Poll every due feed once and exit (PostgreSQL: queue one poll per feed and exit)" },
    "in-process": { type: "boolean", description: "PostgreSQL: poll and ingest in this process instead of queueing polls for rasd worker" },
    ...NETWORK_OPTIONS,
  },
  async run({ options }, io) {
    if (options.feeds === undefined) throw new RasdError("usage", "watch: --feeds FILE is required");
    const everyMs = parseDuration(options.every);
    const policy = fetchPolicyOf("watch", options);
    let text: string;
    try {
      text = await readFile(options.feeds, "utf8");
    } catch (error) {
      throw new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`, { file: options.feeds });
    }
    const urls = text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== "");
    if (urls.length === 0) throw new RasdError("usage", `watch: no feed URL in ${options.feeds}`);
    const location = options.db ?? defaultDbPath();
    if (isPostgresUrl(location) && !options["in-process"]) return queuePolls(location, urls, everyMs, options.once === true, io);
    const store = await openStore(location);
    let lastErrors = 0;
    const stop = stopOnSignals();
    try {
      const ctx: IngestContext = {
        store,
        extractor: await loadExtractor(),
        fetchPolicy: policy,
        fallbackPublished: null,
        summaryChars: 600,
        now: () => new Date().toISOString(),
        report: (item) => io.stderr.write(formatIngestReport(item, true)),
      };
      while (!stop.signal.aborted) {
        const summary = emptySummary();
        lastErrors = 0;
        for (const url of urls) {
          if (stop.signal.aborted) break;
          await guardItem(ctx, summary, url, () => pollFeed(ctx, url, everyMs, new Date(), summary));
        }
        lastErrors = summary.errors;
        io.stderr.write(formatMessage("watch", `${new Date().toISOString()} polled ${urls.length} feed(s): ${summary.stored} new article(s), ${summary.errors} error(s)`));
        if (options.once) break;
        const next = await nextFeedCheck(store, urls).catch(() => null); // a locked or failing database: poll again after `every`
        const wait = Math.max(1000, Math.min(everyMs, (next !== null ? Date.parse(next) : Date.now() + everyMs) - Date.now()));
        await sleep(wait, undefined, { signal: stop.signal }).catch(() => undefined);
      }
    } finally {
      stop.dispose();
      await store.close();
    }
    return options.once && lastErrors > 0 ? 1 : 0;
  },
});

/**
 * `rasd watch --db postgres://…`: queue one poll job per feed every `everyMs` (a feed queued twice in
 * one interval, by a restart or a second watch, is queued once), for rasd worker to run.
 */
async function queuePolls(url: string, feeds: readonly string[], everyMs: number, once: boolean, io: CliIo): Promise<number> {
  const store = await openStore(url); // migrates a new store before workers take its jobs
  const queue = await openJobQueue(url);
  const stop = stopOnSignals();
  try {
    while (!stop.signal.aborted) {
      await queue.enqueue(feeds.map((feed) => ({ kind: "poll", url: feed, everyMs })));
      io.stderr.write(formatMessage("watch", `${new Date().toISOString()} queued a poll of ${feeds.length} feed(s) for rasd worker`));
      if (once) break;
      await sleep(everyMs, undefined, { signal: stop.signal }).catch(() => undefined);
    }
  } finally {
    stop.dispose();
    await queue.stop();
    await store.close();
  }
  return 0;
}

function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  if (!m) throw new RasdError("usage", `watch: --every must look like 90s, 10m or 1h (got "${value}")`);
  const n = Number(m[1]);
  const ms = n * (m[2] === "h" ? 3600_000 : m[2] === "s" ? 1000 : 60_000);
  if (ms < 1000) throw new RasdError("usage", "watch: --every must be at least 1s");
  return ms;
}
