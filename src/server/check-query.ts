import type { FastifyInstance } from "fastify";
import { ApiError } from "./api-error.ts";

/** The query parameters of GET /api/events and GET /api/stats (parse-event-query.ts reads them). */
export const EVENT_QUERY_PARAMETERS = ["from", "to", "type", "sub_type", "actor", "admin1", "place", "outlet", "q", "grade", "bbox", "page", "limit", "format"] as const;

/** Which query parameters each API route takes; an API route not listed takes none. */
const ROUTE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  "/api/events": [...EVENT_QUERY_PARAMETERS, "cursor"],
  "/api/stats": EVENT_QUERY_PARAMETERS,
  "/api/review/queue": ["limit", "include_reviewed"],
};

/**
 * Answer 400 to an API request whose query repeats a parameter (`?q=a&q=b` arrives as an array,
 * which the handlers would choke on) or names one the route does not take (a typo would otherwise be
 * silently ignored and return everything). Runs before the handler, for every route under /api/.
 */
export function registerQueryCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith("/api/")) return;
    const allowed = ROUTE_PARAMETERS[route] ?? [];
    const query = (request.query ?? {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(query)) {
      if (!allowed.includes(name)) {
        throw new ApiError(400, "bad-parameter", allowed.length === 0 ? `${route} takes no query parameter (got "${name}")` : `unknown parameter "${name}" (expected one of: ${allowed.join(", ")})`);
      }
      if (typeof value !== "string") throw new ApiError(400, "bad-parameter", `parameter "${name}" given more than once`);
    }
  });
}
