import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { Extractor } from "../extract/create-extractor.ts";
import { eventFeature } from "../export/write-geojson.ts";
import { getArticle } from "../store/get-article.ts";
import { getEvent } from "../store/get-event.ts";
import { listOutlets } from "../store/list-outlets.ts";
import { queryEvents } from "../store/query-events.ts";
import { queryStats } from "../store/query-stats.ts";
import type { Store } from "../store/store.ts";
import { ApiError, type ErrorBody } from "./api-error.ts";
import { framingService, outletFraming, registerFramingRoutes } from "./framing-routes.ts";
import { registerIngestRoute } from "./ingest-route.ts";
import { registerMergeRoutes } from "./merge-routes.ts";
import { openApiDocument } from "./openapi-document.ts";
import { type EventQuery, parseEventQuery } from "./parse-event-query.ts";
import { withSentences } from "./queries/evidence-sentence.ts";

/** 2 MiB: a few dozen long articles per POST; larger bodies get 413 before they are parsed. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export interface BuildAppOptions {
  /** The open store; the app never closes it (the caller owns it). */
  readonly store: Store;
  /** Bearer token for POST /api/ingest. Without one, writing is refused with 403. */
  readonly token?: string | null;
  /** Folder of the built page (web/dist). Omitted or missing: only the API is served. */
  readonly webRoot?: string | null;
  readonly bodyLimit?: number;
  /** How POST /api/ingest gets its extractor; loaded on first use so read-only servers start fast. */
  readonly loadExtractor?: () => Promise<Extractor>;
  /** Fastify's request log (off by default: tests and the CLI stay quiet). */
  readonly logger?: boolean;
}

/**
 * The web app: a read-only JSON API over the store (plus token-guarded ingest) and the built page.
 * Never listens by itself: the `serve` command calls listen(), tests call inject().
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  const db = options.store.db;

  app.setErrorHandler((error: FastifyError | ApiError | Error, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).send(errorBody(error.code, error.message));
    const status = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error(error);
      return reply.status(500).send(errorBody("internal", "internal error"));
    }
    return reply.status(status).send(errorBody(fastifyCode(error, status), error.message));
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(errorBody("not-found", `no route ${request.method} ${request.url.split("?")[0]}`)));

  app.get("/api/events", async (request, reply) => {
    const query = parseEventQuery(request.query as EventQuery);
    const result = await queryEvents(db, query.filter, { limit: query.limit, offset: (query.page - 1) * query.limit });
    const pages = Math.ceil(result.total / query.limit);
    if (query.format === "geojson") {
      reply.type("application/geo+json");
      return { type: "FeatureCollection", total: result.total, page: query.page, limit: query.limit, pages, features: result.items.map(eventFeature) };
    }
    return { total: result.total, page: query.page, limit: query.limit, pages, items: result.items };
  });

  app.get("/api/events/:id", async (request) => {
    const { id } = request.params as { id: string };
    const event = await getEvent(db, id);
    if (event === null) throw new ApiError(404, "not-found", `no event ${id}`);
    return { ...event, claims: await withSentences(db, event.claims) };
  });

  app.get("/api/articles/:id", async (request) => {
    const { id } = request.params as { id: string };
    const article = await getArticle(db, id);
    if (article === null) throw new ApiError(404, "not-found", `no article ${id}`);
    return article;
  });

  const framing = framingService(options.store);
  app.get("/api/outlets", async () => {
    const profiles = await framing.profiles();
    return { items: (await listOutlets(db)).map((o) => ({ ...o, framing: outletFraming(profiles, o) })) };
  });
  registerFramingRoutes(app, framing);

  app.get("/api/stats", async (request) => queryStats(db, parseEventQuery(request.query as EventQuery).filter));

  app.get("/api/openapi.json", async () => openApiDocument());

  registerIngestRoute(app, { store: options.store, token: options.token ?? null, loadExtractor: options.loadExtractor });
  registerMergeRoutes(app, { store: options.store, token: options.token ?? null });

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: "/", index: ["index.html"] });
  } else {
    app.get("/", async (_request, reply) =>
      reply.type("text/plain; charset=utf-8").send("rasd API is running; the page is not built (run: npx vite build web). API description: /api/openapi.json\n"),
    );
  }
  return app;
}

function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Fastify's error codes as short readable ones ("body-too-large", "bad-json"). */
function fastifyCode(error: Error, status: number): string {
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  if (status === 413) return "body-too-large";
  if (status === 415) return "unsupported-media-type";
  if (status === 400 && (error instanceof SyntaxError || code.includes("JSON"))) return "bad-json";
  return "bad-request";
}
