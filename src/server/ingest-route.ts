import type { FastifyInstance } from "fastify";
import { RasdError } from "../errors/rasd-error.ts";
import type { Extractor } from "../extract/create-extractor.ts";
import { ingestArticle } from "../ingest/ingest-article.ts";
import type { IngestContext, IngestItemReport } from "../ingest/ingest-context.ts";
import { parseArticle } from "../io/parse-article.ts";
import type { Article } from "../model/article.ts";
import { DEFAULT_FETCH_POLICY } from "../net/safe-fetch.ts";
import type { Store } from "../store/store.ts";
import { ApiError } from "./api-error.ts";
import { bearerTokenGuard } from "./bearer-token-guard.ts";

/** At most this many articles per request: each one runs the extractor inside the request. */
export const MAX_INGEST_ARTICLES = 200;

export interface IngestRouteOptions {
  readonly store: Store;
  readonly token: string | null;
  readonly loadExtractor?: (() => Promise<Extractor>) | undefined;
}

/**
 * POST /api/ingest: one article or an array of them in CONTRACT format. The API is read-only unless
 * the server was started with a token: no token configured → 403, missing or wrong bearer → 401,
 * both before the body is parsed (bearer-token-guard.ts). A bad article of a batch is answered in
 * `results` and the others stored; a body with no good article at all is a 400.
 */
export function registerIngestRoute(app: FastifyInstance, options: IngestRouteOptions): void {
  let extractor: Promise<Extractor> | null = null;
  const getExtractor = () => {
    extractor ??= (options.loadExtractor ?? defaultLoadExtractor)();
    return extractor;
  };
  app.post("/api/ingest", { onRequest: bearerTokenGuard(options.token) }, async (request, reply) => {
    const body = request.body;
    const values = Array.isArray(body) ? body : [body];
    if (values.length === 0) throw new ApiError(400, "bad-article", "no article given");
    if (values.length > MAX_INGEST_ARTICLES) throw new ApiError(413, "too-many-articles", `at most ${MAX_INGEST_ARTICLES} articles per request`);
    // Each article is its own item: a bad one is answered in `results`, the others are stored.
    const parsed = values.map((value, i): Article | IngestItemReport => {
      try {
        return parseArticle(value, {});
      } catch (error) {
        if (error instanceof RasdError) return { outcome: "error", where: `article ${i}`, detail: error.message };
        throw error;
      }
    });
    const firstBad = parsed.find((p): p is IngestItemReport => "outcome" in p);
    if (firstBad !== undefined && parsed.every((p) => "outcome" in p)) throw new ApiError(400, "bad-article", `${firstBad.where}: ${firstBad.detail}`);
    const ctx: IngestContext = {
      store: options.store,
      extractor: await getExtractor(),
      fetchPolicy: DEFAULT_FETCH_POLICY,
      fallbackPublished: null,
      summaryChars: 600,
      now: () => new Date().toISOString(),
      report: () => {},
    };
    const results: IngestItemReport[] = [];
    for (const [i, article] of parsed.entries()) {
      if ("outcome" in article) {
        results.push(article);
        continue;
      }
      const { reports: _reports, ...item } = await ingestArticle(ctx, article, "api", `article ${i}`);
      results.push(item);
    }
    const stored = results.filter((r) => r.outcome === "stored").length;
    return reply.status(stored > 0 ? 201 : 200).send({ stored, results });
  });
}

async function defaultLoadExtractor(): Promise<Extractor> {
  const { loadExtractor } = await import("../cli/load-extractor.ts");
  return loadExtractor();
}
