import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { RasdError } from "../errors/rasd-error.ts";
import { joinEventsByHand, splitArticleOff } from "../merge/hand-merge.ts";
import { getEvent } from "../store/get-event.ts";
import type { Store } from "../store/store.ts";
import type { StoreSession } from "../store/store-session.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import { ApiError } from "./api-error.ts";

/**
 * Hand corrections of the merge, guarded like POST /api/ingest (no token configured → 403, missing
 * or wrong bearer → 401):
 *   POST /api/events/:id/split {"article_id": "…"}  → the split-off event
 *   POST /api/events/:id/join  {"event_id": "…"}    → the joined event
 */
export function registerMergeRoutes(app: FastifyInstance, options: { readonly store: Store; readonly token: string | null }): void {
  const guard = (authorization: string | undefined) => {
    if (options.token === null) throw new ApiError(403, "read-only", "this server is read-only (start it with --token to allow changes)");
    const given = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
    const a = Buffer.from(given ?? "");
    const b = Buffer.from(options.token);
    if (given === undefined || a.length !== b.length || !timingSafeEqual(a, b)) throw new ApiError(401, "unauthorized", "a valid Authorization: Bearer <token> header is required");
  };
  const field = (body: unknown, name: string): string => {
    const value = body !== null && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
    if (typeof value !== "string" || value === "") throw new ApiError(400, "bad-request", `the body needs a string "${name}"`);
    return value;
  };
  const run = async <T>(work: (session: StoreSession) => Promise<T>): Promise<T> => {
    try {
      return await withWriteTransaction(options.store, work);
    } catch (error) {
      if (error instanceof RasdError) throw new ApiError(error.message.includes("no event") || error.message.includes("has no report") ? 404 : 400, "bad-request", error.message);
      throw error;
    }
  };
  app.post("/api/events/:id/split", async (request) => {
    guard(request.headers.authorization);
    const { id } = request.params as { id: string };
    const articleId = field(request.body, "article_id");
    const now = new Date().toISOString();
    const { split } = await run((trx) => splitArticleOff(trx, id, articleId, now));
    return getEvent(options.store, split);
  });
  app.post("/api/events/:id/join", async (request) => {
    guard(request.headers.authorization);
    const { id } = request.params as { id: string };
    const other = field(request.body, "event_id");
    const now = new Date().toISOString();
    const joined = await run((trx) => joinEventsByHand(trx, [id, other], now));
    return getEvent(options.store, joined);
  });
}
