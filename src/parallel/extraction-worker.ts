/**
 * A worker thread of the extraction pool (extraction-pool.ts): compiles the extractor once from the
 * same resources as the main thread would, then extracts the articles it is sent, one reply each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../extract/create-extractor.ts";
import { framingRecordOf } from "../framing/framing-record.ts";
import { defaultFramingLexicon } from "../framing/load-framing-lexicon.ts";
import { articleKeysOf } from "../ingest/article-keys.ts";
import { loadResources } from "../resources/load-resources.ts";
import type { ExtractionOutcome } from "./extraction-outcome.ts";
import type { ArticleRequest, WorkerReply, WorkerSetup } from "./worker-messages.ts";

const port = parentPort;
if (port === null) throw new Error("extraction-worker.ts runs as a worker thread of the extraction pool");
const setup = workerData as WorkerSetup;
const send = (reply: WorkerReply): void => port.postMessage(reply);

try {
  const extract = createExtractor(await loadResources(setup.db === undefined ? {} : { db: setup.db }));
  const framing = setup.framing ? defaultFramingLexicon() : null;
  port.on("message", ({ id, article }: ArticleRequest) => {
    let outcome: ExtractionOutcome;
    try {
      // Copying between threads costs in proportion to the size: what is not wanted is not made or sent.
      outcome = {
        kind: "extracted",
        extraction: extract(article, { mentions: setup.mentions }),
        ...(framing === null ? {} : { framing: framingRecordOf(article, framing) }),
        ...(setup.keys ? { keys: articleKeysOf(article) } : {}),
      };
    } catch (error) {
      outcome = { kind: "failed", message: (error as Error).message };
    }
    send({ kind: "outcome", id, outcome });
  });
  send({ kind: "ready" });
} catch (error) {
  send({ kind: "cannot-start", message: (error as Error).message });
}
