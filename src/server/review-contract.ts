/**
 * The review part of the API's contract (analyst review: accounts, decisions, the queue). Pure, like
 * api-contract.ts: the server validates with these schemas and the page derives its types from them.
 */
import { z } from "zod";
import { CORRECTABLE_FIELD_NAMES } from "../review/correctable-fields.ts";
import { DECISION_ACTIONS } from "../review/decision-payload.ts";
import { ROLES } from "../review/roles.ts";

const text = z.string();
const nullableText = z.string().nullable();
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const fieldValue = z.union([z.string(), z.number(), z.null()]);

export const REVIEW_STATUSES = ["machine", "reviewed", "corrected", "rejected"] as const;

/** Carried by every event the API gives out: what a person checked. */
export const reviewFieldsShape = {
  status: z.enum(REVIEW_STATUSES).meta({ description: "machine (nobody checked), reviewed (accepted), corrected, rejected" }),
  reviewer: nullableText.meta({ description: "The account that decided last" }),
  reviewed_at: nullableText,
  corrected_fields: list(text).meta({ description: "Fields a person corrected (their values are the event's)" }),
  machine_disagrees: list(text).meta({ description: "Fields the machine now reads otherwise than when a person decided (after reprocess)" }),
};

export const sessionSchema = z.object({
  user: z.object({ name: text, role: z.enum(ROLES) }).nullable(),
  csrf_token: text.meta({ description: "Send as x-csrf-token with every POST made with the session cookie" }),
  read_access: z.enum(["open", "login"]),
});

export const loginInputSchema = z.object({ name: text.min(1).max(64), password: text.min(1).max(1024) });

const reason = z.string().max(2000).optional();
export const decisionInputSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), reason }),
  z.object({ action: z.literal("reject"), reason }),
  z.object({ action: z.literal("correct"), fields: z.record(z.string(), z.unknown()), reason }),
  z.object({ action: z.literal("place"), lat: z.number(), lon: z.number(), name_ar: z.string().min(2).max(200).optional(), admin1: nullableText.optional(), reason }),
  z.object({ action: z.literal("alias"), alias_ar: z.string().min(2).max(120), actor_key: z.string().regex(/^[A-Z_]+$/), role: z.enum(["actor1", "actor2"]), reason }),
  z.object({ action: z.literal("split"), article_id: text.min(1), reason }),
  z.object({ action: z.literal("join"), event_id: text.min(1), reason }),
  z.object({ action: z.literal("revert"), decision_id: z.number().int().positive(), reason }),
]);

export const decisionSchema = z.object({
  id: z.number().int(),
  event_id: text,
  user_name: text,
  at: text,
  action: z.enum(DECISION_ACTIONS),
  field: nullableText,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: nullableText,
  reverts: z.number().int().nullable(),
  reverted_by: z.number().int().nullable(),
});

export const historySchema = z.object({ event_id: text, items: list(decisionSchema) });

const span = z.object({ start: z.number().int(), end: z.number().int(), text });

/** One correctable field: the machine's value, the value now, and the Arabic words behind it. */
export const reviewFieldSchema = z.object({
  field: z.enum(CORRECTABLE_FIELD_NAMES),
  machine: fieldValue,
  value: fieldValue,
  corrected: z.boolean(),
  evidence: list(span.extend({ article_id: text, rule: text, sentence: span })),
});

export const queueItemSchema = z.object({
  event_id: text,
  score: z.number(),
  reasons: list(z.enum(["machine-disagrees", "single-source", "contested", "place-unresolved", "place-area", "low-confidence", "large-toll", "actor-unknown"])),
  status: z.enum(REVIEW_STATUSES),
  event_type: text,
  sub_event_type: text,
  place_name: text,
  date: nullableText,
  fatalities: z.number().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const queueSchema = z.object({ total: z.number().int(), items: list(queueItemSchema) });
export const queueQuerySchema = z.object({
  limit: z.preprocess((v) => (v === undefined || v === "" ? undefined : Number(v)), z.number().int().min(1).max(500).default(50)),
  include_reviewed: z.preprocess((v) => v === "1" || v === "true", z.boolean()).optional(),
});

export const decisionAnswerSchema = z.object({ decision_id: z.number().int(), event_id: text });

export type SessionAnswer = z.output<typeof sessionSchema>;
export type DecisionInputBody = z.output<typeof decisionInputSchema>;
export type DecisionAnswer = z.output<typeof decisionAnswerSchema>;
export type HistoryAnswer = z.output<typeof historySchema>;
export type ReviewField = z.output<typeof reviewFieldSchema>;
export type QueueAnswer = z.output<typeof queueSchema>;
export type QueueItem = z.output<typeof queueItemSchema>;
