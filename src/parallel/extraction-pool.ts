import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { RasdError } from "../errors/rasd-error.ts";
import type { Extractor } from "../extract/create-extractor.ts";
import type { Article } from "../model/article.ts";
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
   * the events and sets false: the workers then leave the mentions out (an empty list) instead of
   * copying them to the main thread.
   */
  readonly mentions?: boolean;
}

/** Items in flight per worker: enough to keep a worker busy while the main thread reads and writes. */
const WINDOW_PER_JOB = 16;

export function defaultJobs(): number {
  return availableParallelism();
}

/** Starts the workers (each loads the resources and compiles the extractor) and waits until all are ready. */
export async function createExtractionPool(options: ExtractionPoolOptions = {}): Promise<ExtractionPool> {
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RasdError("usage", `the number of jobs must be a whole number ≥ 1 (got ${jobs})`);
  const setup: WorkerSetup = { mentions: options.mentions ?? true, ...(options.db === undefined ? {} : { db: options.db }) };
  if (jobs === 1) return inThreadPool(await loadInThread(setup));
  const workers = await Promise.all(Array.from({ length: jobs }, () => startWorker(setup)).map(settle));
  const failed = workers.find((w) => w.kind === "failed");
  if (failed !== undefined) {
    await Promise.all(workers.map((w) => (w.kind === "started" ? w.worker.terminate() : undefined)));
    throw new RasdError("unreadable", `cannot load the extraction resources: ${failed.message}`);
  }
  return workerPool(workers.map((w) => (w as { worker: PoolWorker }).worker));
}

/** One worker thread and the articles it was sent that it has not answered yet. */
interface PoolWorker {
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
function startThread(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./extraction-worker.js", import.meta.url), { workerData: setup });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const source = JSON.stringify(new URL("./extraction-worker.ts", import.meta.url).href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); });`, { eval: true, workerData: setup });
}

function startWorker(setup: WorkerSetup): Promise<PoolWorker> {
  return new Promise((resolve, reject) => {
    const thread = startThread(setup);
    const pending = new Map<number, (outcome: ExtractionOutcome | Error) => void>();
    let ready = false;
    const failAll = (error: Error): void => {
      for (const settleOne of pending.values()) settleOne(error);
      pending.clear();
    };
    const worker: PoolWorker = { thread, pending, terminate: async () => void (await thread.terminate()) };
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

function workerPool(workers: readonly PoolWorker[]): ExtractionPool {
  let nextId = 0;
  const extract = (article: Article): Promise<ExtractionOutcome> => {
    // The worker with the fewest articles in hand: a long article does not hold up the next ones.
    let worker = workers[0]!;
    for (const w of workers) if (w.pending.size < worker.pending.size) worker = w;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      worker.pending.set(id, (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome)));
      worker.thread.postMessage({ id, article });
    });
  };
  return {
    jobs: workers.length,
    inOrder: (source, articleOf) => ordered(source, articleOf, extract, workers.length * WINDOW_PER_JOB),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
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
function inThreadPool(extract: Extractor): ExtractionPool {
  return {
    jobs: 1,
    async *inOrder(source, articleOf) {
      for await (const item of source) {
        const article = articleOf(item);
        yield { item, outcome: article === null ? null : extractOne(extract, article) };
      }
    },
    async close() {},
  };
}

function extractOne(extract: Extractor, article: Article): ExtractionOutcome {
  try {
    return { kind: "extracted", extraction: extract(article) };
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
