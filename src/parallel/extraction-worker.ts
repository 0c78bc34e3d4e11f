/**
 * A worker thread of the extraction pool (extraction-pool.ts): compiles the extractor once from the
 * same resources as the main thread would, then answers each batch of articles it is sent with what
 * its setup asks to make of them (lane-product.ts), one reply per batch.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../extract/create-extractor.ts";
import { loadResources } from "../resources/load-resources.ts";
import { laneWork } from "./lane-product.ts";
import type { BatchRequest, WorkerReply, WorkerSetup } from "./worker-messages.ts";

const port = parentPort;
if (port === null) throw new Error("extraction-worker.ts runs as a worker thread of the extraction pool");
const setup = workerData as WorkerSetup;
const send = (reply: WorkerReply): void => port.postMessage(reply);

try {
  const work = laneWork(createExtractor(await loadResources(setup.db === undefined ? {} : { db: setup.db })), setup.product);
  port.on("message", ({ id, articles }: BatchRequest) => send({ kind: "outcomes", id, outcomes: articles.map(work) }));
  send({ kind: "ready" });
} catch (error) {
  send({ kind: "cannot-start", message: (error as Error).message });
}
