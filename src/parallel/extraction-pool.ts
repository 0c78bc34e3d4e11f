import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { RasdError } from "../errors/rasd-error.ts";
import type { Extractor } from "../extract/create-extractor.ts";
import type { Article } from "../model/article.ts";
import { boundHeapGrowth, WORKER_YOUNG_GENERATION_MB } from "./bound-heap-growth.ts";
import type { ExtractionOutcome } from "./extraction-outcome.ts";
import type { WorkerReply, WorkerSetup } from "./worker-messages.ts";

/**
 * Extraction spread over worker threads, results in input order. The pipeline is pure and each
 * article is extracted on its own, so the workers' outcomes are exactly the one-thread ones; only
 * the order they finish in differs, and `inOrder` puts them back in the order they came.
 *
 *   const pool = await createExtractionPool({ jobs: 2 });
 *   for await (const { item, outcome } of pool.inOrder(articles, (a) => a)) write(item, outcome);
 *   await pool.close();
 */
export interface ExtractionPool {
  readonly jobs: number;
  /**
   * The items of `source` in their order, each with the outcome of extracting its article (null for
   * an item that is not an article: a warning, a bad line). Extraction runs ahead of the consumer by
   * at most a bounded window of items, so memory stays flat whatever the input's size.
   */
  inOrder<T>(source: AsyncIterable<T>, articleOf: (item: T) => Article | null): AsyncGenerator<{ readonly item: T; readonly outcome: ExtractionOutcome | null }>;
  /** Stops the workers. */
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** Worker threads; 1 extracts in the calling thread (no worker). Default: the number of cores. */
  readonly jobs?: number;
  /** A store whose places join the gazetteer (`--db`). */
  readonly db?: string;
  /**
   * Whether the outcomes carry the extraction's mentions (default true). `rasd extract` writes only
   * the events and sets false: every lane then extracts without mentions (an empty list), neither
   * linking them to events nor copying them to the main thread.
   */
  readonly mentions?: boolean;
  /**
   * Whether the workers also read each article's framing summary (default false). Ingest sets it: the
   * summary is stored with the article, and reading it in the storing thread, which takes the articles
   * one by one, cost that thread more than a worker (storeArticle reads it itself when it is missing,
   * as for an article extracted in this thread).
   */
  readonly framing?: boolean;
  /**
   * Whether the workers also compute each article's storage keys (ingest/article-keys.ts: content
   * hash, MinHash signature and bands, search body; default false). Ingest sets it, for the same
   * reason as `framing`: four passes over each text leave the storing thread.
   */
  readonly keys?: boolean;
  /**
   * Whether this thread extracts too, as one of the `jobs` (default false). `rasd extract` sets it:
   * its thread only reads and writes (idle ~90 % of the time with two workers), so with two jobs one
   * worker and this thread share the articles, one copy of the resources fewer is loaded and half
   * the outcomes are not copied between threads. The workers join as they become ready, so a small
   * input is done here before a worker would have paid for its start. Ingest leaves it off: its
   * thread is busy storing.
   */
  readonly inThread?: boolean;
  /**
   * Whether to keep the heap small (bound-heap-growth.ts): V8's growth bounded for the process, a
   * smaller young generation for each worker. `rasd extract` sets it (default false): its peak memory
   * then stays under 250 MB with two jobs, at the cost of a few more collections.
   */
  readonly boundedHeap?: boolean;
}

/** Items in flight per worker: enough to keep a worker busy while the main thread reads and writes. */
const WINDOW_PER_JOB = 16;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Starts the workers (each loads the resources and compiles the extractor) and waits until all are
 * ready; with `inThread`, loads the extractor here too and waits for it alone (workers join later).
 */
export async function createExtractionPool(options: ExtractionPoolOptions = {}): Promise<ExtractionPool> {
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RasdError("usage", `the number of jobs must be a whole number ≥ 1 (got ${jobs})`);
  const setup: WorkerSetup = { mentions: options.mentions ?? true, framing: options.framing ?? false, keys: options.keys ?? false, ...(options.db === undefined ? {} : { db: options.db }) };
  const boundedHeap = options.boundedHeap ?? false;
  if (boundedHeap) boundHeapGrowth();
  if (jobs === 1) return inThreadPool(await loadInThread(setup), setup.mentions);
  const inThread = options.inThread ?? false;
  // Threads first: they load in parallel with this thread's own load.
  const threads: Worker[] = [];
  const starting = Array.from({ length: inThread ? jobs - 1 : jobs }, () => startWorker(setup, threads, boundedHeap)).map(settle);
  if (!inThread) {
    const workers = await Promise.all(starting);
    const failed = workers.find((w) => w.kind === "failed");
    if (failed !== undefined) {
      await Promise.all(workers.map((w) => (w.kind === "started" ? w.worker.terminate() : undefined)));
      throw new RasdError("unreadable", `cannot load the extraction resources: ${failed.message}`);
    }
    return workerPool(jobs, workers.map((w) => (w as { worker: PoolWorker }).worker), threads, starting);
  }
  let local: Extractor;
  try {
    local = await loadInThread(setup);
  } catch (error) {
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  }
  const lanes: Lane[] = [localLane(local, setup.mentions)];
  for (const start of starting) {
    void start.then((w) => {
      if (w.kind === "started") lanes.push(w.worker);
    });
  }
  return workerPool(jobs, lanes, threads, starting);
}

/** Where an article can be sent: a worker thread, or this thread (localLane). */
interface Lane {
  /** Articles sent and not answered yet. */
  readonly pending: { readonly size: number };
  extract(id: number, article: Article): Promise<ExtractionOutcome>;
}

/**
 * This thread as one of the pool's lanes: articles wait in a queue and are extracted one per turn
 * of the event loop (setImmediate), so the workers' replies and the reading of the input go on
 * between two articles instead of waiting for the whole queue.
 */
function localLane(extract: Extractor, mentions: boolean): Lane {
  const queue: { readonly article: Article; readonly resolve: (outcome: ExtractionOutcome) => void }[] = [];
  const pending = {
    get size() {
      return queue.length;
    },
  };
  let scheduled = false;
  const turn = (): void => {
    scheduled = false;
    const next = queue.shift();
    if (next === undefined) return;
    next.resolve(extractOne(extract, next.article, mentions));
    if (queue.length > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };
  return {
    pending,
    extract: (_id, article) =>
      new Promise((resolve) => {
        queue.push({ article, resolve });
        schedule();
      }),
  };
}

/** One worker thread and the articles it was sent that it has not answered yet. */
interface PoolWorker extends Lane {
  readonly thread: Worker;
  readonly pending: Map<number, (outcome: ExtractionOutcome | Error) => void>;
  terminate(): Promise<void>;
}

type Started = { readonly kind: "started"; readonly worker: PoolWorker } | { readonly kind: "failed"; readonly message: string };

async function settle(start: Promise<PoolWorker>): Promise<Started> {
  try {
    return { kind: "started", worker: await start };
  } catch (error) {
    return { kind: "failed", message: (error as Error).message };
  }
}

/**
 * The worker module beside this one, compiled (.js). When the sources run through tsx (tests, the
 * bench), the worker registers tsx itself before it loads the TypeScript module.
 */
function startThread(setup: WorkerSetup, boundedHeap: boolean): Worker {
  const limits = boundedHeap ? { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } } : {};
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./extraction-worker.js", import.meta.url), { workerData: setup, ...limits });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const source = JSON.stringify(new URL("./extraction-worker.ts", import.meta.url).href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); });`, { eval: true, workerData: setup, ...limits });
}

/** Starts a worker thread (added to `threads` at once, so it can be stopped before it is ready). */
function startWorker(setup: WorkerSetup, threads: Worker[], boundedHeap: boolean): Promise<PoolWorker> {
  return new Promise((resolve, reject) => {
    const thread = startThread(setup, boundedHeap);
    threads.push(thread);
    const pending = new Map<number, (outcome: ExtractionOutcome | Error) => void>();
    let ready = false;
    const failAll = (error: Error): void => {
      for (const settleOne of pending.values()) settleOne(error);
      pending.clear();
    };
    const worker: PoolWorker = {
      thread,
      pending,
      extract: (id, article) =>
        new Promise((resolveOne, rejectOne) => {
          pending.set(id, (outcome) => (outcome instanceof Error ? rejectOne(outcome) : resolveOne(outcome)));
          thread.postMessage({ id, article });
        }),
      terminate: async () => void (await thread.terminate()),
    };
    thread.on("message", (reply: WorkerReply) => {
      switch (reply.kind) {
        case "ready":
          ready = true;
          resolve(worker);
          return;
        case "cannot-start":
          reject(new Error(reply.message));
          void thread.terminate();
          return;
        case "outcome": {
          const settleOne = pending.get(reply.id);
          pending.delete(reply.id);
          settleOne?.(reply.outcome);
          return;
        }
        default: {
          const never: never = reply;
          return never;
        }
      }
    });
    thread.on("error", (error) => {
      if (!ready) reject(error);
      failAll(new Error(`an extraction worker failed: ${error.message}`));
    });
    thread.on("exit", (code) => {
      if (!ready) reject(new Error(`an extraction worker exited with code ${code} before it was ready`));
      failAll(new Error(`an extraction worker exited with code ${code}`));
    });
  });
}

/**
 * The pool of `jobs` lanes over `lanes`, a list that workers still starting join when they are ready.
 * close() stops every thread in `threads`, ready or not (a small input may be done before a worker
 * is), and reports a worker that could not start before it was closed.
 */
function workerPool(jobs: number, lanes: readonly Lane[], threads: readonly Worker[], starting: readonly Promise<Started>[]): ExtractionPool {
  let nextId = 0;
  let failure: string | undefined;
  for (const start of starting) {
    void start.then((w) => {
      if (w.kind === "failed") failure ??= w.message;
    });
  }
  const extract = (article: Article): Promise<ExtractionOutcome> => {
    // The lane with the fewest articles in hand: a long article does not hold up the next ones.
    let lane = lanes[0]!;
    for (const l of lanes) if (l.pending.size < lane.pending.size) lane = l;
    return lane.extract(nextId++, article);
  };
  return {
    jobs,
    inOrder: (source, articleOf) => ordered(source, articleOf, extract, jobs * WINDOW_PER_JOB),
    async close() {
      const failed = failure;
      await Promise.all(threads.map((t) => t.terminate()));
      // Only with inThread can a pool run while a worker could not start: the other lanes did its share.
      if (failed !== undefined) throw new RasdError("unreadable", `an extraction worker could not load the resources: ${failed}`);
    },
  };
}

async function loadInThread(setup: WorkerSetup): Promise<Extractor> {
  try {
    const [{ loadResources }, { createExtractor }] = await Promise.all([import("../resources/load-resources.ts"), import("../extract/create-extractor.ts")]);
    return createExtractor(await loadResources(setup.db === undefined ? {} : { db: setup.db }));
  } catch (error) {
    throw new RasdError("unreadable", `cannot load the extraction resources: ${(error as Error).message}`, {}, { cause: error });
  }
}

/** `--jobs 1`: the same interface, extracting each article in this thread as it is read. */
function inThreadPool(extract: Extractor, mentions: boolean): ExtractionPool {
  return {
    jobs: 1,
    async *inOrder(source, articleOf) {
      for await (const item of source) {
        const article = articleOf(item);
        yield { item, outcome: article === null ? null : extractOne(extract, article, mentions) };
      }
    },
    async close() {},
  };
}

function extractOne(extract: Extractor, article: Article, mentions: boolean): ExtractionOutcome {
  try {
    return { kind: "extracted", extraction: extract(article, { mentions }) };
  } catch (error) {
    return { kind: "failed", message: (error as Error).message };
  }
}

/**
 * Reads `source` ahead by at most `window` items, sending each article off as it is read, and yields
 * the items in their order as their outcomes arrive.
 */
async function* ordered<T>(
  source: AsyncIterable<T>,
  articleOf: (item: T) => Article | null,
  extract: (article: Article) => Promise<ExtractionOutcome>,
  window: number,
): AsyncGenerator<{ readonly item: T; readonly outcome: ExtractionOutcome | null }> {
  const queue: { readonly item: T; readonly outcome: Promise<ExtractionOutcome> | null }[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      while (!done && queue.length < window) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const article = articleOf(next.value);
        const outcome = article === null ? null : extract(article);
        // Marked handled now: a worker failing while the item waits its turn is reported at its turn.
        outcome?.catch(() => {});
        queue.push({ item: next.value, outcome });
      }
      const head = queue.shift();
      if (head === undefined) return;
      yield { item: head.item, outcome: head.outcome === null ? null : await head.outcome };
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}
