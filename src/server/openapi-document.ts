import { z } from "zod";
import { API_ROUTES, errorSchema, type RouteContract } from "./api-contract.ts";
import { REVIEW_ROUTES } from "./review-route-contracts.ts";

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden (read-only server)",
  404: "Not found",
  413: "Too large",
  429: "Too many attempts",
};

const jsonSchema = (schema: z.ZodType, io: "input" | "output"): Json => z.toJSONSchema(schema, { target: "openapi-3.0", io, unrepresentable: "any" }) as Json;

/** Query and path parameters of a route, one per member of its zod object. */
function parameters(route: RouteContract): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [["query", route.querystring], ["path", route.params]] as const) {
    if (schema === undefined) continue;
    for (const [name, member] of Object.entries(schema.shape)) {
      const described = jsonSchema(member as z.ZodType, "input");
      const description = typeof described === "object" && described !== null && !Array.isArray(described) && "description" in described ? described["description"] : undefined;
      out.push({ name, in: where, required: where === "path", ...(typeof description === "string" ? { description } : {}), schema: described });
    }
  }
  return out;
}

const HAND_MERGE_ERRORS: Json = Object.fromEntries([400, 401, 403, 404].map((s) => [String(s), { description: STATUS_TEXT[s] ?? String(s), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));

/** The hand corrections of merging (merge-routes.ts), token-guarded like POST /api/ingest. */
const HAND_MERGE_PATHS: Record<string, Record<string, Json>> = {
  "/api/events/{id}/split": {
    post: {
      summary: "Split an article's reports off the event (needs the bearer token); they are never merged again. Body {article_id}",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      security: [{ bearer: [] }],
      responses: { "200": { description: "The split-off event" }, ...(HAND_MERGE_ERRORS as Record<string, Json>) },
    },
  },
  "/api/events/{id}/join": {
    post: {
      summary: "Join another event into this one (needs the bearer token); kept by rasd reprocess. Body {event_id}",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      security: [{ bearer: [] }],
      responses: { "200": { description: "The joined event" }, ...(HAND_MERGE_ERRORS as Record<string, Json>) },
    },
  },
};

/** The OpenAPI 3 description of the API, served at /api/openapi.json: generated from the route contract. */
export function openApiDocument(): { readonly openapi: string; readonly [member: string]: Json } {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of [...Object.values(API_ROUTES), ...Object.values(REVIEW_ROUTES)] as RouteContract[]) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, Json> = {};
    for (const [status, schema] of Object.entries(route.response)) {
      responses[status] = { description: STATUS_TEXT[Number(status)] ?? status, content: { "application/json": { schema: schema === errorSchema ? { $ref: "#/components/schemas/Error" } : jsonSchema(schema, "output") } } };
    }
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: route.summary,
        parameters: parameters(route),
        ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {}),
        ...(route.bearer ? { security: [{ bearer: [] }] } : {}),
        responses,
      },
    };
  }
  Object.assign(paths, HAND_MERGE_PATHS);
  return {
    openapi: "3.0.3",
    info: {
      title: "rasd API",
      version: "0.1.0",
      description: "Coded conflict events from Arabic news, each field traceable to the words of the articles. Reading is open (or needs an account); POST /api/ingest needs the server's token; decisions need an editor's session or token.",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "The token given to `rasd serve --token`" } },
      schemas: { Error: jsonSchema(errorSchema, "output") },
    },
  };
}
