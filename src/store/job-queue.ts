import { CompiledQuery } from "kysely";
import PgBoss from "pg-boss";
import type { Article } from "../model/article.ts";
import { failTurn, takeTurns } from "./ingest-turns.ts";
import type { Store } from "./store.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";
import { withWriteTransaction } from "./with-write-transaction.ts";

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
/** Where pg-boss moves a job whose retries are spent (its last error kept as the job's output). */
export const DEAD_QUEUE = "rasd-ingest-dead";
/** pg-boss's schema in the store's database (its default). */
const BOSS_SCHEMA = "pgboss";

/**
 * Attempts after the first before a job is given up. Few and quick on purpose: while an article's
 * job retries, every later turn waits for it; a poison article (its extraction throws every time)
 * holds the queue for about 1–2 + 2–4 + 4–8 s, then goes to the dead-letter queue.
 */
export const RETRIES = 3;
const RETRY_DELAY_SECONDS = 1;

export interface JobQueueOptions {
  /**
   * Set the queue's job timeout: a job running longer is failed (its handler no longer awaited
   * by this worker) and, if its worker died, handed out again by any worker's maintenance. Applies
   * to the jobs already queued as well: they carry the timeout they were queued with, so without
   * this `rasd worker --job-timeout 5` would still wait the 300 s `rasd enqueue` gave them.
   */
  readonly jobTimeoutSeconds?: number;
  /** How often this process looks for expired jobs and due retries. */
  readonly maintenanceSeconds?: number;
}

export interface JobQueue {
  /** Queue jobs (feed polls; articles without a turn). */
  enqueue(jobs: readonly IngestJob[]): Promise<void>;
  /**
   * Queue articles with their turns in one transaction of the store (turn rows and pg-boss job
   * rows commit together), so a crash cannot leave a turn without a job (every later article
   * would wait for ever) or a job without a turn. Returns the first turn.
   */
  enqueueArticles(store: Store, jobs: readonly Omit<IngestArticleJob, "turn">[]): Promise<number>;
  /**
   * Take jobs `concurrency` at a time until stopped; a handler that throws is retried with backoff;
   * one that answers "later" (its turn has not come) is put back, so it never holds a worker while
   * an earlier article waits in the queue. A job whose retries are spent goes to DEAD_QUEUE; the
   * same workers take those and close the article's turn as failed with the last error, so later
   * turns go on.
   */
  work(store: Store, concurrency: number, handler: (job: IngestJob) => Promise<void | "later">): Promise<void>;
  /** Jobs not finished yet (waiting, retrying or running), dead ones whose turn is not closed yet included. */
  pending(): Promise<number>;
  /** Stop taking jobs; running ones finish first (graceful) unless the process is killed. */
  stop(): Promise<void>;
}

/**
 * The job queue of a PostgreSQL store, kept by pg-boss in its own schema of the same database: a
 * job is taken by one worker at a time (SELECT … FOR UPDATE SKIP LOCKED), retried with exponential
 * backoff when it fails (up to RETRIES times), and handed out again when its worker died mid-way
 * (after the job timeout). Handlers must be idempotent: storing an article twice is a duplicate.
 */
export async function openJobQueue(url: string, options: JobQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: url, schema: BOSS_SCHEMA, max: 4, maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60 });
  // Connection trouble is retried by pg-boss itself; a job's own failure is retried as a job.
  boss.on("error", () => {});
  await boss.start();
  const policy = { retryLimit: RETRIES, retryDelay: RETRY_DELAY_SECONDS, retryBackoff: true, deadLetter: DEAD_QUEUE };
  await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retryLimit: RETRIES });
  // createQueue leaves an existing queue as it was: a store queued to before dead letters existed gets them here.
  if ((await boss.getQueue(QUEUE)) === null) await boss.createQueue(QUEUE, { name: QUEUE, ...policy, expireInSeconds: options.jobTimeoutSeconds ?? 300 });
  else await boss.updateQueue(QUEUE, { name: QUEUE, ...policy, ...(options.jobTimeoutSeconds === undefined ? {} : { expireInSeconds: options.jobTimeoutSeconds }) });
  if (options.jobTimeoutSeconds !== undefined) {
    await boss.getDb().executeSql(`UPDATE ${BOSS_SCHEMA}.job SET expire_in = $1::numeric * interval '1s' WHERE name = $2 AND state < 'completed'`, [options.jobTimeoutSeconds, QUEUE]);
  }
  const workers: string[] = [];
  return {
    async enqueue(jobs) {
      for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500).map(insertOf));
    },
    async enqueueArticles(store, jobs) {
      return withWriteTransaction(store, async (session) => {
        const first = await takeTurns(session, jobs.map((job) => ({ articleId: job.article.id, source: job.where })));
        const db = bossDbOf(session);
        for (let i = 0; i < jobs.length; i += 500) {
          await boss.insert(jobs.slice(i, i + 500).map((job, j) => insertOf({ ...job, turn: first + i + j })), { db });
        }
        return first;
      });
    },
    async work(store, concurrency, handler) {
      for (let i = 0; i < Math.max(1, concurrency); i++) {
        workers.push(
          await boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
            if (job === undefined) return;
            if ((await handler(job.data)) === "later") await boss.insert([insertOf(job.data)]);
          }),
        );
      }
      workers.push(
        await boss.work<IngestJob>(DEAD_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
          if (job === undefined || job.data.kind !== "article" || job.data.turn === undefined) return;
          const turn = job.data.turn;
          const reason = failureOf(job.output);
          await withWriteTransaction(store, (session) => failTurn(session, turn, `gave up after ${RETRIES + 1} attempts: ${reason}`));
        }),
      );
    },
    pending: async () => (await boss.getQueueSize(QUEUE, { before: "completed" })) + (await boss.getQueueSize(DEAD_QUEUE, { before: "completed" })),
    async stop() {
      for (const id of workers.splice(0)) await boss.offWork({ id }).catch(() => undefined);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}

/** pg-boss's `db` option over a store transaction: its INSERT commits or rolls back with the turns. */
function bossDbOf(session: StoreSession): PgBoss.Db {
  const trx = queryBuilder(session);
  return { executeSql: async (text: string, values: unknown[]) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows }) } as unknown as PgBoss.Db;
}

/** The message of a failed job's output: pg-boss keeps the thrown error ({ message }) or its own timeout note ({ value: { message } }). */
function failureOf(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null | undefined;
  const message = typeof o?.message === "string" ? o.message : typeof o?.value?.message === "string" ? o.value.message : null;
  return message ?? "unknown error";
}

/** Earlier turns first (pg-boss hands out the highest priority first), so the next article to merge is always taken. */
function insertOf(data: IngestJob): PgBoss.JobInsert<IngestJob> {
  // One poll of a feed per interval, however many watch processes (or restarts) queue it.
  if (data.kind === "poll") return { name: QUEUE, data, singletonKey: `poll ${data.url}`, singletonSeconds: Math.max(1, Math.floor(data.everyMs / 1000)) };
  return { name: QUEUE, data, ...(data.turn !== undefined ? { priority: -data.turn } : {}) };
}
