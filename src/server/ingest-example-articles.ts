import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadExtractor } from "../cli/load-extractor.ts";
import type { IngestContext, IngestSummary } from "../ingest/ingest-context.ts";
import { ingestInputs } from "../ingest/ingest-inputs.ts";
import { DEFAULT_FETCH_POLICY } from "../net/safe-fetch.ts";
import type { Store } from "../store/store.ts";

/** The bundled example articles (invented, in the style of news reports). */
export const EXAMPLE_ARTICLES = fileURLToPath(new URL("../../examples/articles.jsonl", import.meta.url));

/**
 * Ingest local article files into a store with the real extractor: what `npm start` and the web
 * tests use to fill a fresh database. Files only, never URLs.
 */
export async function ingestExampleArticles(store: Store, files: readonly string[] = [EXAMPLE_ARTICLES]): Promise<IngestSummary> {
  const ctx: IngestContext = {
    store,
    extractor: await loadExtractor(),
    fetchPolicy: DEFAULT_FETCH_POLICY,
    fallbackPublished: null,
    summaryChars: 600,
    now: () => new Date().toISOString(),
    report: () => {},
  };
  const stdin = new PassThrough();
  stdin.end();
  return ingestInputs(ctx, files.filter((f) => !/^https?:/i.test(f)), { stdin });
}
