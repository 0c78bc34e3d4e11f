/**
 * The review page's calls: answers checked with the contract's schemas (src/server/review-contract.ts),
 * writes sent with the session's CSRF token (x-csrf-token), as the server requires.
 */
import type { z } from "zod";
import { errorSchema } from "../../../src/server/api-contract.ts";
import { decisionAnswerSchema, type DecisionInputBody, queueSchema, sessionSchema, type SessionAnswer } from "../../../src/server/review-contract.ts";
import { reviewDetailSchema } from "../../../src/server/review-detail-contract.ts";
import { ApiFailure } from "../api.ts";

export type { QueueItem, ReviewField, SessionAnswer } from "../../../src/server/review-contract.ts";
export type { ReviewDetail } from "../../../src/server/review-detail-contract.ts";

let csrf = "";

async function call<S extends z.ZodType>(schema: S, path: string, body?: unknown): Promise<z.output<S>> {
  const init: RequestInit = body === undefined ? { headers: { accept: "application/json" } } : { method: "POST", headers: { accept: "application/json", "content-type": "application/json", "x-csrf-token": csrf }, body: JSON.stringify(body) };
  let res: Response;
  try {
    res = await fetch(path, { ...init, credentials: "same-origin" });
  } catch (error) {
    throw new ApiFailure(0, error instanceof Error ? error.message : String(error));
  }
  const answer: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const failure = errorSchema.safeParse(answer);
    throw new ApiFailure(res.status, failure.success ? failure.data.error.message : `${res.status} ${res.statusText}`);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new ApiFailure(res.status, `unexpected answer from ${path}: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

const remember = (s: SessionAnswer): SessionAnswer => {
  csrf = s.csrf_token;
  return s;
};
const id = (value: string) => encodeURIComponent(value);

export const reviewApi = {
  session: async () => remember(await call(sessionSchema, "api/session")),
  login: async (name: string, password: string) => remember(await call(sessionSchema, "api/login", { name, password })),
  logout: async () => remember(await call(sessionSchema, "api/logout", {})),
  queue: (limit = 50) => call(queueSchema, `api/review/queue?limit=${limit}`),
  detail: (eventId: string) => call(reviewDetailSchema, `api/events/${id(eventId)}/review`),
  decide: (eventId: string, decision: DecisionInputBody) => call(decisionAnswerSchema, `api/events/${id(eventId)}/decisions`, decision),
};
