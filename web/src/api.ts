/**
 * The page's side of the API contract: each call parses the answer with the route's response schema
 * from src/server/api-contract.ts, so the page's types are the contract's and a drifting server is
 * caught at the first answer instead of rendering undefined.
 */
import type { z } from "zod";
import { API_ROUTES, eventCollectionSchema, errorSchema } from "../../src/server/api-contract.ts";

export type { ArticleDetail, CampAnswer as Camp, Claim, EventComparison, EventDetail, EventFeature, EventProperties, Outlet } from "../../src/server/api-contract.ts";

/** An answer that is not what the contract says, or an error answer; `status` 0 for a network failure. */
export class ApiFailure extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "ApiFailure";
    this.status = status;
  }
}

async function get<S extends z.ZodType>(schema: S, path: string): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: "application/json" } });
  } catch (error) {
    throw new ApiFailure(0, error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const failure = errorSchema.safeParse(body);
    throw new ApiFailure(res.status, failure.success ? failure.data.error.message : `${res.status} ${res.statusText}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFailure(res.status, `unexpected answer from ${path}: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

const id = (value: string) => encodeURIComponent(value);

export const api = {
  events: (params: URLSearchParams) => get(eventCollectionSchema, `api/events?format=geojson&limit=5000&${params}`),
  event: (eventId: string) => get(API_ROUTES.event.response[200], `api/events/${id(eventId)}`),
  compare: (eventId: string) => get(API_ROUTES.compare.response[200], `api/events/${id(eventId)}/compare`),
  article: (articleId: string) => get(API_ROUTES.article.response[200], `api/articles/${id(articleId)}`),
  articleFraming: (articleId: string) => get(API_ROUTES.articleFraming.response[200], `api/articles/${id(articleId)}/framing`),
  outlets: () => get(API_ROUTES.outlets.response[200], "api/outlets"),
  stats: () => get(API_ROUTES.stats.response[200], "api/stats"),
};
