import { EVENT_GRADES } from "../merge/grade-event.ts";
import { DEFAULT_API_LIMIT, MAX_API_LIMIT } from "./parse-event-query.ts";

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A query parameter: a string unless another schema is given. */
const param = (name: string, description: string, schema: Json = { type: "string" }): Json => ({ name, in: "query", description, schema });

const FILTERS: readonly Json[] = [
  param("from", "Events on or after this day (YYYY-MM-DD)", { type: "string", format: "date" }),
  param("to", "Events on or before this day (YYYY-MM-DD)", { type: "string", format: "date" }),
  param("type", 'ACLED event type ("Battles")'),
  param("sub_type", 'ACLED sub-event type ("Air/drone strike")'),
  param("actor", "Actor key (SYR_GOV, HTS …) as actor1 or actor2 of any report"),
  param("admin1", "Governorate in English (Idlib), case-insensitive"),
  param("place", "Arabic place name (normalised) or gazetteer id"),
  param("outlet", "Outlet domain of any report"),
  param("grade", "Airwars-style grade", { type: "string", enum: [...EVENT_GRADES] }),
  param("q", "Words that must all occur in a report's article (Arabic, normalised, ≥ 3 letters)"),
  param("bbox", "minLon,minLat,maxLon,maxLat (WGS 84)"),
];

const ERROR: Json = {
  description: "Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

const ok = (description: string, schema: Json = { type: "object" }, type = "application/json"): Json => ({ description, content: { [type]: { schema } } });

/** The OpenAPI 3 description of the API, served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: "3.0.3",
    info: {
      title: "rasd API",
      version: "0.1.0",
      description: "Coded conflict events from Arabic news, each field traceable to the words of the articles. Read-only except POST /api/ingest.",
    },
    paths: {
      "/api/events": {
        get: {
          summary: "Merged events matching the filters, one page at a time (JSON or GeoJSON)",
          parameters: [
            ...FILTERS,
            { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_API_LIMIT, default: DEFAULT_API_LIMIT } },
            { name: "format", in: "query", schema: { type: "string", enum: ["json", "geojson"], default: "json" } },
          ],
          responses: {
            "200": {
              description: "A page of events: {total, page, limit, pages, items} or a GeoJSON FeatureCollection with the same paging members",
              content: { "application/json": { schema: { $ref: "#/components/schemas/EventPage" } }, "application/geo+json": { schema: { type: "object" } } },
            },
            "400": ERROR,
          },
        },
      },
      "/api/events/{id}": {
        get: {
          summary: "One merged event with every report (claim): outlet, credited source, actors, figures, evidence and its sentence",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("The event with its claims and merge_reasons (an array of MergeReason: why its reports were joined)"), "404": ERROR },
        },
      },
      "/api/events/{id}/split": {
        post: {
          summary: "Split an article's reports off the event (needs the bearer token); they are never merged again. Body {article_id}",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("The split-off event"), "400": ERROR, "401": ERROR, "403": ERROR, "404": ERROR },
        },
      },
      "/api/events/{id}/join": {
        post: {
          summary: "Join another event into this one (needs the bearer token); kept by rasd reprocess. Body {event_id}",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("The joined event"), "400": ERROR, "401": ERROR, "403": ERROR, "404": ERROR },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "One article: its text and every extracted span (actor, place, date, number, trigger …) with the events each supports",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("The article"), "404": ERROR },
        },
      },
      "/api/outlets": {
        get: {
          summary: "Every outlet with its counts of articles and events, and its framing profile over its stored articles",
          responses: { "200": ok("{items: [{id, name, articles, events, framing}]}", { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Outlet" } } } }) },
        },
      },
      "/api/articles/{id}/framing": {
        get: {
          summary: "How one article frames the war: its framing indicators (spans into the original text, with dimension, camp and voice own/reported/quoted-name), credited sources and camp reading with evidence and confidence",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("The article's framing", { $ref: "#/components/schemas/ArticleFraming" }), "404": ERROR },
        },
      },
      "/api/events/{id}/compare": {
        get: {
          summary: "The reports of one merged event side by side: how each outlet named each actor, whom it credited, its casualty figures, what each report omits that another states, and each outlet's camp",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("{event_id, reports, actors, sources, killed, injured, omissions, outlets}"), "404": ERROR },
        },
      },
      "/api/stats": {
        get: {
          summary: "Counts of the events matching the filters: by day and type, type, governorate, actor, grade",
          parameters: FILTERS,
          responses: { "200": ok("Counts"), "400": ERROR },
        },
      },
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": ok("OpenAPI 3 document") } } },
      "/api/ingest": {
        post: {
          summary: "Ingest one article or an array of articles (CONTRACT format): extract, store and merge their events",
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/Article" }, { type: "array", items: { $ref: "#/components/schemas/Article" } }] } } },
          },
          responses: {
            "200": ok("Nothing new stored (duplicates or errors), with one result per article"),
            "201": ok("Stored, with one result per article"),
            "400": ERROR,
            "401": ERROR,
            "403": ERROR,
            "413": ERROR,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "The token given to `rasd serve --token`" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
        },
        EventPage: {
          type: "object",
          properties: { total: { type: "integer" }, page: { type: "integer" }, limit: { type: "integer" }, pages: { type: "integer" }, items: { type: "array", items: { type: "object" } } },
        },
        MergeReason: {
          type: "object",
          required: ["kind", "report_key"],
          properties: {
            kind: { type: "string", enum: ["model", "manual-join", "manual-split"] },
            report_key: { type: "string" },
            article_id: { type: "string" },
            with_key: { type: "string", nullable: true },
            with_article: { type: "string" },
            p: { type: "number", minimum: 0, maximum: 1, description: "the merge model's probability that the two reports tell one event" },
            reasons: { type: "array", items: { type: "string" }, description: "the pair features present with their weights, strongest support first" },
            at: { type: "string", description: "when a hand decision was made" },
          },
        },
        Camp: { type: "string", enum: ["government", "opposition", "kurdish", "neutral", "unclear"] },
        Outlet: {
          type: "object",
          properties: {
            id: { type: "string" },
            name: { type: "string" },
            articles: { type: "integer" },
            events: { type: "integer" },
            framing: {
              type: "object",
              nullable: true,
              description: "null when no article of the outlet is stored",
              properties: {
                articles: { type: "integer" },
                camp: { $ref: "#/components/schemas/Camp" },
                confidence: { type: "number", minimum: 0, maximum: 1 },
                scores: { type: "object", additionalProperties: { type: "number" } },
                article_camps: { type: "object", additionalProperties: { type: "integer" } },
                terms: { type: "array", items: { type: "object", properties: { term: { type: "string" }, dimension: { type: "string" }, camp: { type: "string" }, count: { type: "integer" }, forms: { type: "array", items: { type: "string" } } } } },
                sources: { type: "array", items: { type: "object", properties: { kind: { type: "string" }, articles: { type: "integer" }, share: { type: "number" } } } },
              },
            },
          },
        },
        ArticleFraming: {
          type: "object",
          properties: {
            article_id: { type: "string" },
            outlet: { type: "string", nullable: true },
            camp: { $ref: "#/components/schemas/Camp" },
            confidence: { type: "number" },
            scores: { type: "object", additionalProperties: { type: "number" } },
            indicators: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  start: { type: "integer" },
                  end: { type: "integer" },
                  text: { type: "string" },
                  dimension: { type: "string" },
                  term: { type: "string" },
                  camp: { type: "string" },
                  voice: { type: "string", enum: ["own", "reported", "quoted-name"] },
                  factor: { type: "number" },
                },
              },
            },
            evidence: { type: "array", items: { type: "object" }, description: "The indicators that weigh most for the camp" },
            sources: { type: "array", items: { type: "object", properties: { kind: { type: "string" }, start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } } } },
          },
        },
        Article: {
          type: "object",
          required: ["id", "text"],
          properties: {
            id: { type: "string" },
            url: { type: "string", nullable: true },
            outlet: { type: "string", nullable: true },
            published: { type: "string", nullable: true, description: "YYYY-MM-DD or a timestamp" },
            title: { type: "string", nullable: true },
            text: { type: "string" },
          },
        },
      },
    },
  };
}
