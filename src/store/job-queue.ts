import PgBoss from "pg-boss";
import type { Article } from "../model/article.ts";

/** Work for `rasd worker`: store one fetched article, or poll one feed. */
export interface IngestArticleJob {
  readonly kind: "article";
  readonly article: Article;
  /** "jsonl", "txt", "html", "url", "feed". */
  readonly sourceKind: string;
  /** Where the article came from, for reports (file:line, URL). */
  readonly where: string;
  /** Its turn to be merged (store/ingest-turns.ts), given when it was queued. */
  readonly turn?: number;
}

export interface PollFeedJob {
  readonly kind: "poll";
  readonly url: string;
  readonly everyMs: number;
}

export type IngestJob = IngestArticleJob | PollFeedJob;

/** One queue for both kinds: a worker takes whatever comes next. */
const QUEUE = "rasd-ingest";

export interface JobQueueOptions {
  /**
   * A job running longer than this is taken to belong to a dead worker (killed, machine lost) and is
   * handed out again. Ingesting one article takes well under a second; a feed poll a few seconds.
   */
  readonly jobTimeoutSeconds?: number;
  /** How often this process looks for expired jobs and due retries. */
  readonly maintenanceSeconds?: number;
}

export interface JobQueue {
  enqueue(jobs: readonly IngestJob[]): Promise<void>;
  /**
   * Take jobs `concurrency` at a time until stopped; a handler that throws is retried with backoff;
   * one that answers "later" (its turn has not come) is put back, so it never holds a worker while
   * an earlier article waits in the queue.
   */
  work(concurrency: number, handler: (job: IngestJob) => Promise<void | "later">): Promise<void>;
  /** Jobs not finished yet (waiting, retrying or running). */
  pending(): Promise<number>;
  /** Stop taking jobs; running ones finish first (graceful) unless the process is killed. */
  stop(): Promise<void>;
}

/**
 * The job queue of a PostgreSQL store, kept by pg-boss in its own schema of the same database: a
 * job is taken by one worker at a time (SELECT … FOR UPDATE SKIP LOCKED), retried with exponential
 * backoff when it fails (up to RETRIES times), and handed out again when its worker died mid-way
 * (after `jobTimeoutSeconds`). Handlers must be idempotent: storing an article twice is a duplicate.
 */
export async function openJobQueue(url: string, options: JobQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: url, max: 4, maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60 });
  // Connection trouble is retried by pg-boss itself; a job's own failure is retried as a job.
  boss.on("error", () => {});
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRIES, retryDelay: 2, retryBackoff: true, expireInSeconds: options.jobTimeoutSeconds ?? 300 });
  return {
    async enqueue(jobs) {
      for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500).map(insertOf));
    },
    async work(concurrency, handler) {
      for (let i = 0; i < Math.max(1, concurrency); i++) {
        await boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
          if (job !== undefined && (await handler(job.data)) === "later") await boss.insert([insertOf(job.data)]);
        });
      }
    },
    pending: () => boss.getQueueSize(QUEUE, { before: "completed" }),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}

/** Earlier turns first (pg-boss hands out the highest priority first), so the next article to merge is always taken. */
function insertOf(data: IngestJob): PgBoss.JobInsert<IngestJob> {
  return { name: QUEUE, data, ...(data.kind === "article" && data.turn !== undefined ? { priority: -data.turn } : {}) };
}

/** Attempts after the first before a job is left failed. */
export const RETRIES = 5;
