import { setTimeout as sleep } from "node:timers/promises";
import { RasdError } from "../../errors/rasd-error.ts";
import { emptySummary, type IngestContext } from "../../ingest/ingest-context.ts";
import { runIngestJob } from "../../ingest/run-ingest-job.ts";
import { openJobQueue } from "../../store/job-queue.ts";
import { failedTurns } from "../../store/ingest-turns.ts";
import { openStore } from "../../store/open-store.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { displayLocation, isPostgresUrl } from "../../store/store-dialect.ts";
import { defineCommand } from "../command.ts";
import { formatIngestReport } from "../format-ingest-report.ts";
import { formatMessage } from "../format-message.ts";
import { loadExtractor } from "../load-extractor.ts";
import { NETWORK_OPTIONS, fetchPolicyOf } from "./ingest.ts";
import { stopOnSignals } from "../stop-on-signals.ts";

/** `rasd worker --db postgres://… [--concurrency N]`: take ingest jobs from the store's queue; `--failed` lists the given-up ones. */
export const workerCommand = defineCommand({
  name: "worker",
  summary: "Take ingest jobs (articles, feed polls) from a PostgreSQL store's queue; run as many as you like",
  description: `Jobs come from rasd enqueue and rasd watch --db postgres://…. Any number of workers, on any number
of machines, can run against one store: each job goes to one worker; a failed job is retried with
backoff; a job running past --job-timeout is failed and retried, and one whose worker died (or
hangs) is handed out again within about --job-timeout (the timeout applies to the jobs already
queued too). A job still failing after its retries goes to the dead-letter queue rasd-ingest-dead
and its article's turn is closed as failed with the error, so later articles go on; --failed lists
them. Writes take turns (one transaction and lock per article, in queue order); extraction runs in
parallel. Stops on SIGINT/SIGTERM after the running jobs, or with --drain when the queue is empty.`,
  options: {
    db: { type: "string", placeholder: "URL", description: "PostgreSQL store (postgres://…; default: RASD_DATABASE_URL)" },
    concurrency: { type: "string", placeholder: "N", default: "2", description: "Jobs at once in this process" },
    "job-timeout": { type: "string", placeholder: "SECONDS", default: "300", description: "A job running longer is taken as lost and handed out again" },
    drain: { type: "boolean", description: "Exit when no job is left" },
    failed: { type: "boolean", description: "List the articles whose jobs were given up, with the reason (tab-separated), and exit" },
    quiet: { type: "boolean", description: "Report only errors" },
    ...NETWORK_OPTIONS,
  },
  async run({ options }, io) {
    const url = options.db ?? defaultDbPath();
    if (!isPostgresUrl(url)) throw new RasdError("usage", "worker: --db must be a PostgreSQL store (postgres://…): the job queue lives there");
    const concurrency = Number(options.concurrency);
    const timeout = Number(options["job-timeout"]);
    if (!Number.isInteger(concurrency) || concurrency < 1 || !(timeout > 0)) throw new RasdError("usage", "worker: --concurrency must be a whole number ≥ 1 and --job-timeout a positive number");
    if (options.failed) {
      const store = await openStore(url);
      try {
        for (const f of await failedTurns(store)) io.stdout.write(`${f.turn}\t${f.articleId ?? ""}\t${f.source ?? ""}\t${f.failure.replace(/\s+/g, " ")}\n`);
      } finally {
        await store.close();
      }
      return 0;
    }
    // A worker stopped inside a write transaction loses it (and the write lock) after the job timeout.
    const store = await openStore(url, { idleInTransactionSeconds: timeout });
    // Maintenance (expiring the jobs of dead workers) every quarter timeout: a lost job is retried within ~1.25 × timeout.
    const queue = await openJobQueue(url, { jobTimeoutSeconds: timeout, maintenanceSeconds: Math.max(1, Math.min(60, Math.round(timeout / 4))) });
    const summary = emptySummary();
    const stop = stopOnSignals();
    try {
      const ctx: IngestContext = {
        store,
        extractor: await loadExtractor({ db: store.path }),
        fetchPolicy: fetchPolicyOf("worker", options),
        fallbackPublished: null,
        summaryChars: 600,
        now: () => new Date().toISOString(),
        report: (item) => io.stderr.write(formatIngestReport(item, !options.quiet)),
        // A feed poll queues the feed's new articles (with turns) for all workers instead of storing them here.
        enqueue: (article, sourceKind, where) => queue.enqueueArticles(store, [{ kind: "article", article, sourceKind, where }]),
      };
      await queue.work(store, concurrency, (job) => runIngestJob(ctx, job, summary));
      while (!stop.signal.aborted) {
        await sleep(1000, undefined, { signal: stop.signal }).catch(() => undefined);
        if (options.drain && (await queue.pending()) === 0) break;
      }
    } finally {
      stop.dispose();
      await queue.stop();
      await store.close();
    }
    io.stderr.write(formatMessage(displayLocation(url), `worker stored ${summary.stored} article(s) with ${summary.reports} event report(s); ${summary.duplicates} duplicate(s), ${summary.errors} error(s)`));
    return 0;
  },
});
