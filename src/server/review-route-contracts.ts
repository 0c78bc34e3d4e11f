/** The review routes as contracts, for the OpenAPI document (register-review-auth.ts, review-routes.ts). */
import { z } from "zod";
import { errorSchema, idParamsSchema, type RouteContract } from "./api-contract.ts";
import { decisionAnswerSchema, decisionInputSchema, historySchema, loginInputSchema, queueQuerySchema, queueSchema, sessionSchema } from "./review-contract.ts";
import { reviewDetailSchema } from "./review-detail-contract.ts";

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, errorSchema]));

export const REVIEW_ROUTES = {
  session: { method: "GET", path: "/api/session", summary: "Who is logged in, the read setting, and the CSRF token to send as x-csrf-token with every write made with the session cookie", response: { 200: sessionSchema } },
  login: { method: "POST", path: "/api/login", summary: "Log in (needs x-csrf-token): sets the signed HttpOnly session cookie; 429 after 5 wrong passwords in a row", body: loginInputSchema, response: { 200: sessionSchema, ...errors(400, 401, 403, 429) } },
  logout: { method: "POST", path: "/api/logout", summary: "End the session", response: { 200: sessionSchema, ...errors(403) } },
  queue: { method: "GET", path: "/api/review/queue", summary: "Events that most need a person first, with why", querystring: queueQuerySchema, response: { 200: queueSchema } },
  review: { method: "GET", path: "/api/events/:id/review", summary: "The event as reviewed: each correctable field's machine value, value now and Arabic evidence; its reports and history", params: idParamsSchema, response: { 200: reviewDetailSchema, ...errors(404) } },
  history: { method: "GET", path: "/api/events/:id/history", summary: "The event's decisions, oldest first (append-only; reverts name what they cancel)", params: idParamsSchema, response: { 200: historySchema, ...errors(404) } },
  decide: {
    method: "POST",
    path: "/api/events/:id/decisions",
    summary: "Decide on an event (editor; session cookie + x-csrf-token, or an account's bearer token): accept, reject, correct, place, alias, split, join, revert",
    params: idParamsSchema,
    body: decisionInputSchema,
    bearer: true,
    response: { 200: decisionAnswerSchema, ...errors(400, 401, 403, 404) },
  },
  tokens: { method: "POST", path: "/api/tokens", summary: "A new API token for the logged-in account (shown once)", body: z.object({ label: z.string().optional() }), response: { 200: z.object({ token: z.string(), label: z.string(), user: z.string() }), ...errors(401, 403) } },
  users: { method: "GET", path: "/api/users", summary: "Accounts with their role, tokens and live sessions (admin)", response: { 200: z.object({ items: z.array(z.object({ name: z.string(), role: z.string() }).catchall(z.unknown())) }), ...errors(401, 403) } },
} as const satisfies Readonly<Record<string, RouteContract>>;
