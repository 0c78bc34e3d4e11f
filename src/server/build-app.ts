import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { Extractor } from "../extract/create-extractor.ts";
import { eventFeature } from "../export/write-geojson.ts";
import { gradeEvent, gradeInputOf } from "../merge/grade-event.ts";
import { type PlaceNames, placeNames as gazetteerPlaceNames } from "../places/place-names.ts";
import { loadGazetteerEntries } from "../places/load-gazetteer.ts";
import { getArticle } from "../store/get-article.ts";
import { getEvent } from "../store/get-event.ts";
import { listOutlets } from "../store/list-outlets.ts";
import { BadCursorError, queryEvents } from "../store/query-events.ts";
import { queryStats } from "../store/query-stats.ts";
import type { StoredEvent } from "../store/stored-event.ts";
import type { Store } from "../store/store.ts";
import { API_ROUTES } from "./api-contract.ts";
import { ApiError, type ErrorBody } from "./api-error.ts";
import { framingService, outletFraming, registerFramingRoutes } from "./framing-routes.ts";
import { registerIngestRoute } from "./ingest-route.ts";
import { registerMergeRoutes } from "./merge-routes.ts";
import { registerReviewAuth } from "./auth/register-review-auth.ts";
import { registerReviewRoutes } from "./review-routes.ts";
import { registerRequestGuards } from "./register-request-guards.ts";
import { openApiDocument } from "./openapi-document.ts";
import { eventFilterOf } from "./event-filter-of.ts";
import { withSentences } from "./queries/evidence-sentence.ts";
import { withReviews } from "../review/with-reviews.ts";
import { useZodSchemas } from "./zod-type-provider.ts";

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
  /** Places' names in the other language (default: from the built-in gazetteer, loaded on first use). */
  readonly placeNames?: () => Promise<PlaceNames>;
  /** Host names answered besides IP literals and localhost (check-host.ts). */
  readonly allowedHosts?: readonly string[];
  /** "open" (default): reading needs no account; "login": only logged-in accounts read the API. */
  readonly readAccess?: "open" | "login";
  /** Mark the session and CSRF cookies Secure (behind HTTPS). */
  readonly secureCookies?: boolean;
}

let gazetteerNames: Promise<PlaceNames> | null = null;
/** The built-in gazetteer's names, read once per process. */
const defaultPlaceNames = () => (gazetteerNames ??= loadGazetteerEntries().then((g) => gazetteerPlaceNames(g.entries)));

/**
 * The web app: a read-only JSON API over the store (plus token-guarded ingest) and the built page.
 * Never listens by itself: the `serve` command calls listen(), tests call inject().
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  const db = options.store;

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
  await registerRequestGuards(app, options);
  await registerReviewAuth(app, { store: options.store, readAccess: options.readAccess ?? "open", secureCookies: options.secureCookies ?? false });

  const api = useZodSchemas(app);
  const placeNames = options.placeNames ?? defaultPlaceNames;
  const withEnglishName = async <T extends StoredEvent>(event: T) => {
    const names = await placeNames();
    return { ...event, place_name_en: names.english(event.gazetteer_id, event.place_name), admin1_ar: names.governorateArabic(event.admin1) };
  };

  const { events: eventsRoute, event: eventRoute, article: articleRoute, outlets: outletsRoute, stats: statsRoute, openapi: openapiRoute } = API_ROUTES;
  api.get(eventsRoute.path, { schema: { querystring: eventsRoute.querystring, response: eventsRoute.response } }, async (request, reply) => {
    const query = request.query;
    const result = await queryEvents(db, eventFilterOf(query), { limit: query.limit, offset: (query.page - 1) * query.limit, cursor: query.cursor }).catch((error: unknown) => {
      throw error instanceof BadCursorError ? new ApiError(400, "bad-request", error.message) : error;
    });
    const pages = Math.ceil(result.total / query.limit);
    const items = await Promise.all((await withReviews(db, result.items)).map(withEnglishName));
    const paging = { total: result.total, page: query.cursor === undefined ? query.page : 0, limit: query.limit, pages, next_cursor: result.next_cursor };
    if (query.format === "geojson") {
      reply.type("application/geo+json");
      return { type: "FeatureCollection" as const, ...paging, features: items.map(eventFeature) };
    }
    return { ...paging, items };
  });

  api.get(eventRoute.path, { schema: { params: eventRoute.params, response: eventRoute.response } }, async (request) => {
    const { id } = request.params;
    const event = await getEvent(db, id);
    if (event === null) throw new ApiError(404, "not-found", `no event ${id}`);
    // The stored grade_reason is English text; the reasons as data are the same rule run again.
    const { reasons } = gradeEvent(gradeInputOf(event.claims, event.outlets));
    const [reviewed] = await withReviews(db, [event]);
    return { ...(await withEnglishName(reviewed!)), claims: await withSentences(db, event.claims), grade_reasons: reasons };
  });

  api.get(articleRoute.path, { schema: { params: articleRoute.params, response: articleRoute.response } }, async (request) => {
    const { id } = request.params;
    const article = await getArticle(db, id);
    if (article === null) throw new ApiError(404, "not-found", `no article ${id}`);
    return article;
  });

  const framing = framingService(options.store);
  api.get(outletsRoute.path, { schema: { response: outletsRoute.response } }, async () => {
    const profiles = await framing.profiles();
    return { items: (await listOutlets(db)).map((o) => ({ ...o, framing: outletFraming(profiles, o) })) };
  });
  registerFramingRoutes(api, framing);
  registerReviewRoutes(api, { store: options.store });

  api.get(statsRoute.path, { schema: { querystring: statsRoute.querystring, response: statsRoute.response } }, async (request) => {
    const [stats, names] = await Promise.all([queryStats(db, eventFilterOf(request.query)), placeNames()]);
    return { ...stats, by_governorate: stats.by_governorate.map((g) => ({ ...g, admin1_ar: names.governorateArabic(g.admin1) })) };
  });

  api.get(openapiRoute.path, { schema: { response: openapiRoute.response } }, async () => openApiDocument());

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
  if (code.startsWith("FST_CSRF")) return "csrf";
  if (status === 415) return "unsupported-media-type";
  if (status === 400 && (error instanceof SyntaxError || code.includes("JSON"))) return "bad-json";
  return "bad-request";
}
