/**
 * The HTTP API's one contract: every route's parameters and answers as zod schemas. Fastify validates
 * requests with them (build-app.ts), the OpenAPI document is generated from them
 * (openapi-document.ts) and the web page derives its types from them and checks each answer with
 * them (web/src/api.ts). Pure: imported by the server and bundled into the page.
 */
import { z } from "zod";
import { CAMPS } from "../framing/framing-lexicon-schema.ts";
import { EVENT_GRADES } from "../model/event-grade.ts";
import { EVENT_TYPES, type EventType, type SubEventType } from "../model/conflict-event.ts";
import { reviewFieldsShape } from "./review-contract.ts";

/** The largest page the API serves: the web page asks for everything on the map at once. */
export const MAX_API_LIMIT = 5000;
export const DEFAULT_API_LIMIT = 100;

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
export const SUB_EVENT_TYPE_NAMES = Object.values(EVENT_TYPES).flat() as [SubEventType, ...SubEventType[]];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day YYYY-MM-DD");
const text = z.string();
const nullableText = z.string().nullable();
const count = z.number().int().nonnegative();
const nullableCount = count.nullable();
/** Arrays are readonly, as everywhere in rasd, so the server's readonly arrays satisfy the contract. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

// ---- query parameters -------------------------------------------------------------------------

/** Blank query parameters count as absent (an emptied filter field sends `type=`). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), schema.optional());

const bbox = z
  .string()
  .transform((value, ctx) => {
    const parts = value.split(",").map((p) => Number(p.trim()));
    const [minLon, minLat, maxLon, maxLat] = parts;
    if (parts.length !== 4 || minLon === undefined || minLat === undefined || maxLon === undefined || maxLat === undefined || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: "custom", message: "must be minLon,minLat,maxLon,maxLat" });
      return z.NEVER;
    }
    if (minLon > maxLon || minLat > maxLat || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
      ctx.addIssue({ code: "custom", message: "corners are out of order or out of range" });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat] as const;
  })
  .meta({ description: "minLon,minLat,maxLon,maxLat (WGS 84)" });

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : v),
    z.number().int().min(min).max(max).default(fallback),
  );

/** Filters of GET /api/events and GET /api/stats. */
export const eventFilterQuerySchema = z.object({
  from: optional(day).meta({ description: "Events on or after this day (YYYY-MM-DD)" }),
  to: optional(day).meta({ description: "Events on or before this day (YYYY-MM-DD)" }),
  type: optional(z.enum(EVENT_TYPE_NAMES)).meta({ description: 'ACLED event type ("Battles")' }),
  sub_type: optional(z.enum(SUB_EVENT_TYPE_NAMES)).meta({ description: 'ACLED sub-event type ("Air/drone strike")' }),
  actor: optional(text).meta({ description: "Actor key (SYR_GOV, HTS …) as actor1 or actor2 of any report" }),
  admin1: optional(text).meta({ description: "Governorate in English (Idlib), case-insensitive" }),
  place: optional(text).meta({ description: "Arabic place name (normalised) or gazetteer id" }),
  outlet: optional(text).meta({ description: "Outlet domain of any report" }),
  grade: optional(z.enum(EVENT_GRADES)).meta({ description: "Airwars-style grade" }),
  q: optional(text).meta({ description: "Words that must all occur in a report's article (Arabic, normalised, ≥ 3 letters)" }),
  bbox: optional(bbox),
});

export const eventPageQuerySchema = eventFilterQuerySchema.extend({
  page: wholeNumber(1, 1e9, 1).meta({ description: "1-based page number (ignored with cursor)" }),
  cursor: optional(z.string().max(400)).meta({ description: "next_cursor of the page before: the next page, read from the index however deep (the answer's page is then 0)" }),
  limit: wholeNumber(1, MAX_API_LIMIT, DEFAULT_API_LIMIT).meta({ description: "Events per page" }),
  format: optional(z.enum(["json", "geojson"])).meta({ description: "json (default) or a GeoJSON FeatureCollection" }),
});

export const idParamsSchema = z.object({ id: z.string().min(1) });

// ---- answers ----------------------------------------------------------------------------------

const evidence = z.object({ start: count, end: count, text });
const provenance = z.object({ field: text, rule: text, entry: text.optional(), evidence: evidence.nullable() });

export const gradeReasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("perpetrators-disagree"), actors: list(z.object({ key: text, reports: count })) }),
  z.object({ kind: z.literal("figures-differ"), field: z.enum(["killed", "injured"]), low: count, high: count }),
  z.object({ kind: z.literal("independent-outlets"), outlets: list(text) }),
  z.object({ kind: z.literal("single-outlet"), outlet: text }),
  z.object({ kind: z.literal("outlet-unknown") }),
]);

/** A merged event's coded fields and figures (everything but its coordinates). */
export const eventPropertiesSchema = z.object({
  event_id: text,
  event_type: z.enum(EVENT_TYPE_NAMES),
  sub_event_type: z.enum(SUB_EVENT_TYPE_NAMES),
  actor1: nullableText,
  actor2: nullableText,
  place_name: text.meta({ description: "The place as the reports name it, in Arabic" }),
  place_name_en: text.meta({ description: "The gazetteer's English name of the place, else a Latin transliteration" }),
  place_key: text,
  country: nullableText.meta({ description: "Country in English (Syria, Yemen); null for events stored before the store kept countries, until reprocessed" }),
  admin1: nullableText.meta({ description: "Governorate in English" }),
  admin1_ar: nullableText.meta({ description: "Governorate in Arabic" }),
  admin2: nullableText,
  admin3: nullableText,
  pcode: nullableText,
  gazetteer_id: nullableText,
  geo_precision: z.number().int().min(1).max(3),
  date: day.nullable(),
  date_precision: z.number().int().min(1).max(3).nullable(),
  fatalities: nullableCount.meta({ description: "ACLED's conservative figure: the lowest killed count any report gives" }),
  killed_min: nullableCount,
  killed_max: nullableCount,
  injured_min: nullableCount,
  injured_max: nullableCount,
  casualties_min: nullableCount,
  casualties_max: nullableCount,
  n_reports: count,
  n_articles: count,
  n_outlets: count,
  outlets: list(text).meta({ description: 'Independent outlets ("a.com = b.com" for a syndicated pair)' }),
  sources: list(text),
  grade: z.enum(EVENT_GRADES),
  grade_reason: text.meta({ description: "Why, in English (grade_reasons has it as data on GET /api/events/{id})" }),
  updated_at: text,
  ...reviewFieldsShape,
});

export const storedEventSchema = eventPropertiesSchema.extend({ lat: z.number().nullable(), lon: z.number().nullable() });

export const eventFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: text,
  geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }).nullable(),
  properties: eventPropertiesSchema,
});

const paging = {
  total: count,
  page: count,
  limit: count,
  pages: count,
  next_cursor: nullableText.meta({ description: "Pass as cursor for the next page; null on the last page" }),
};
export const eventPageSchema = z.object({ ...paging, items: list(storedEventSchema) });
export const eventCollectionSchema = z.object({ type: z.literal("FeatureCollection"), ...paging, features: list(eventFeatureSchema) });

export const claimSchema = z.object({
  id: count,
  report_key: text,
  article_id: text,
  ordinal: count,
  local_event_id: text,
  event_id: nullableText,
  event_type: z.enum(EVENT_TYPE_NAMES),
  sub_event_type: z.enum(SUB_EVENT_TYPE_NAMES),
  actor1: nullableText,
  actor2: nullableText,
  place_name: text,
  place_key: text,
  country: nullableText,
  admin1: nullableText,
  admin2: nullableText,
  admin3: nullableText,
  pcode: nullableText,
  gazetteer_id: nullableText,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geo_precision: z.number().int(),
  date: nullableText,
  date_precision: z.number().int().nullable(),
  date_lo: nullableText,
  date_hi: nullableText,
  killed: nullableCount,
  injured: nullableCount,
  casualties: nullableCount,
  source: nullableText,
  note: nullableText,
  evidence,
  provenance: list(provenance),
  outlet_id: nullableText,
  article_title: nullableText,
  article_url: nullableText,
  published: nullableText,
  syndicated_of: nullableText.meta({ description: "The article this one is a near-identical copy of" }),
  sentence: evidence.meta({ description: "The sentence around the evidence" }),
});

/** Why a merged event holds a report: the merge model's link to another report, or a hand decision. */
export const mergeReasonSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("model"),
    report_key: text,
    article_id: text,
    with_key: text,
    with_article: text,
    p: z.number().min(0).max(1).meta({ description: "The merge model's probability that the two reports tell one event" }),
    reasons: list(text).meta({ description: 'The pair features present with their weights, strongest support first ("lead:close +0.94")' }),
    agreement: z.number().min(0).max(1).optional().meta({ description: "The report's mean probability over the event's compared reports (it joins only when this is at least half of p)" }),
  }),
  z.object({
    kind: z.enum(["manual-join", "manual-split"]),
    report_key: text,
    with_key: nullableText,
    at: text.meta({ description: "When the hand decision was made" }),
  }),
]);

export const eventDetailSchema = storedEventSchema.extend({
  claims: list(claimSchema),
  grade_reasons: list(gradeReasonSchema),
  merge_reasons: list(mergeReasonSchema).meta({ description: "Why the event's reports were joined" }),
});

export const articleDetailSchema = z.object({
  id: text,
  url: nullableText,
  outlet_id: nullableText,
  published: nullableText,
  title: nullableText,
  text,
  content_hash: text,
  syndicated_of: nullableText,
  source_kind: text,
  ingested_at: text,
  syndicated_copies: list(text),
  spans: list(evidence.extend({ kind: text, value: nullableText, rule: text, local_event_ids: list(text), event_ids: list(text) })),
  reports: list(z.object({ local_event_id: text, event_id: nullableText, sub_event_type: text, evidence_start: count, evidence_end: count })),
});

export const campSchema = z.enum([...CAMPS, "unclear"]);
const campScores = z.record(z.string(), z.number());

export const outletFramingSchema = z.object({
  articles: count,
  camp: campSchema,
  confidence: z.number().min(0).max(1),
  scores: campScores,
  article_camps: z.record(z.string(), count),
  terms: list(z.object({ term: text, dimension: text, camp: z.enum(CAMPS), count, forms: list(text) })),
  sources: list(z.object({ kind: text, articles: count, share: z.number() })),
});

export const outletListSchema = z.object({
  items: list(z.object({ id: text, name: text, articles: count, events: count, framing: outletFramingSchema.nullable() })),
});

const framingIndicator = evidence.extend({
  dimension: text,
  term: text,
  camp: z.enum(CAMPS),
  camps: z.record(z.string(), z.number().optional()),
  voice: z.enum(["own", "reported", "quoted-name"]),
  reported: z.boolean(),
  factor: z.number(),
});

export const articleFramingSchema = z.object({
  article_id: text,
  outlet: nullableText,
  camp: campSchema,
  confidence: z.number(),
  scores: campScores,
  indicators: list(framingIndicator),
  evidence: list(framingIndicator).meta({ description: "The indicators that weigh most for the camp" }),
  sources: list(evidence.extend({ kind: text })),
});

export const omittedFieldSchema = z.enum(["attacker", "target", "civilian_victims", "killed", "injured", "source"]);
const figureSpread = z.object({ min: nullableCount, max: nullableCount, agree: z.boolean(), by_outlet: list(z.object({ outlet: text, value: nullableCount })) });

export const eventComparisonSchema = z.object({
  event_id: text,
  reports: list(
    z.object({
      outlet: text,
      article_id: text,
      camp: campSchema.optional(),
      actors: list(z.object({ role: z.enum(["actor1", "actor2"]), key: nullableText, as_written: nullableText })),
      source: nullableText,
      killed: nullableCount,
      injured: nullableCount,
      evidence,
    }),
  ),
  actors: list(z.object({ role: z.enum(["actor1", "actor2"]), key: text, names: list(z.object({ outlet: text, as_written: nullableText })) })),
  sources: list(z.object({ outlet: text, source: nullableText })),
  killed: figureSpread,
  injured: figureSpread,
  omissions: list(z.object({ outlet: text, article_id: text, field: omittedFieldSchema, stated_by: list(text) })),
  outlets: list(z.object({ outlet: text, camp: campSchema, confidence: z.number(), articles: count })),
});

export const eventStatsSchema = z.object({
  events: count,
  articles: count,
  fatalities: count,
  by_day: list(z.object({ date: day, event_type: z.enum(EVENT_TYPE_NAMES), count })),
  by_type: list(z.object({ event_type: z.enum(EVENT_TYPE_NAMES), count })),
  by_governorate: list(z.object({ admin1: nullableText, admin1_ar: nullableText, count })),
  by_actor: list(z.object({ actor: text, count })),
  by_grade: list(z.object({ grade: z.enum(EVENT_GRADES), count })),
});

export const errorSchema = z.object({ error: z.object({ code: text, message: text }) });

export const articleInputSchema = z.object({
  id: text,
  url: nullableText.optional(),
  outlet: nullableText.optional(),
  published: nullableText.optional().meta({ description: "YYYY-MM-DD or a timestamp" }),
  title: nullableText.optional(),
  text,
});

export const ingestAnswerSchema = z.object({}).catchall(z.unknown()).meta({ description: "One result per article" });

// ---- routes -----------------------------------------------------------------------------------

export interface RouteContract {
  readonly method: "GET" | "POST";
  /** Fastify's form (`/api/events/:id`); the OpenAPI document writes `{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly querystring?: z.ZodObject;
  readonly params?: z.ZodObject;
  /** Documented only: POST /api/ingest reads its body with the article parser, which names the bad field. */
  readonly body?: z.ZodType;
  readonly response: { readonly [status: number]: z.ZodType };
  readonly bearer?: boolean;
}

/** Every route of the API. */
export const API_ROUTES = {
  events: {
    method: "GET",
    path: "/api/events",
    summary: "Merged events matching the filters, one page at a time (JSON, or GeoJSON with format=geojson)",
    querystring: eventPageQuerySchema,
    response: { 200: z.union([eventPageSchema, eventCollectionSchema]), 400: errorSchema },
  },
  event: {
    method: "GET",
    path: "/api/events/:id",
    summary: "One merged event with every report (claim): outlet, credited source, actors, figures, evidence and its sentence, and why it has its grade",
    params: idParamsSchema,
    response: { 200: eventDetailSchema, 404: errorSchema },
  },
  compare: {
    method: "GET",
    path: "/api/events/:id/compare",
    summary: "The reports of one merged event side by side: how each outlet named each actor, whom it credited, its figures, what each omits that another states, and each outlet's camp",
    params: idParamsSchema,
    response: { 200: eventComparisonSchema, 404: errorSchema },
  },
  article: {
    method: "GET",
    path: "/api/articles/:id",
    summary: "One article: its text and every extracted span (actor, place, date, number, trigger …) with the events each supports",
    params: idParamsSchema,
    response: { 200: articleDetailSchema, 404: errorSchema },
  },
  articleFraming: {
    method: "GET",
    path: "/api/articles/:id/framing",
    summary: "How one article frames the war: its framing indicators (spans of the original text with dimension, camp and voice), credited sources and camp reading",
    params: idParamsSchema,
    response: { 200: articleFramingSchema, 404: errorSchema },
  },
  outlets: {
    method: "GET",
    path: "/api/outlets",
    summary: "Every outlet with its counts of articles and events, and its framing profile over its stored articles",
    response: { 200: outletListSchema },
  },
  stats: {
    method: "GET",
    path: "/api/stats",
    summary: "Counts of the events matching the filters: by day and type, type, governorate, actor, grade",
    querystring: eventFilterQuerySchema,
    response: { 200: eventStatsSchema, 400: errorSchema },
  },
  openapi: {
    method: "GET",
    path: "/api/openapi.json",
    summary: "This document",
    response: { 200: z.object({ openapi: text }).catchall(z.unknown()) },
  },
  ingest: {
    method: "POST",
    path: "/api/ingest",
    summary: "Ingest one article or an array of articles (CONTRACT format): extract, store and merge their events",
    body: z.union([articleInputSchema, list(articleInputSchema)]),
    bearer: true,
    response: { 200: ingestAnswerSchema, 201: ingestAnswerSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema },
  },
} as const satisfies Readonly<Record<string, RouteContract>>;

export type EventFilterQuery = z.output<typeof eventFilterQuerySchema>;
export type EventProperties = z.output<typeof eventPropertiesSchema>;
export type EventFeature = z.output<typeof eventFeatureSchema>;
export type EventDetail = z.output<typeof eventDetailSchema>;
export type Claim = z.output<typeof claimSchema>;
export type GradeReasonAnswer = z.output<typeof gradeReasonSchema>;
export type ArticleDetail = z.output<typeof articleDetailSchema>;
export type OutletList = z.output<typeof outletListSchema>;
export type Outlet = OutletList["items"][number];
export type CampAnswer = z.output<typeof campSchema>;
export type EventComparison = z.output<typeof eventComparisonSchema>;
export type ArticleFramingAnswer = z.output<typeof articleFramingSchema>;
export type EventStats = z.output<typeof eventStatsSchema>;
