import { z } from "zod";
import { EVENT_TYPES, type EventType, isEventType, isSubEventType } from "../model/conflict-event.ts";

/**
 * The coded fields of a merged event a person may correct, each with the schema of its value and the
 * provenance field whose evidence the page shows beside it (a corrected toll sits beside the words
 * that gave the machine its figure, a corrected place beside the place name in the sentence).
 */
export const CORRECTABLE_FIELDS = {
  event_type: { value: z.string().refine(isEventType, "not an ACLED event type"), evidence: "event_type" },
  sub_event_type: { value: z.string().refine(isSubEventType, "not an ACLED sub-event type"), evidence: "sub_event_type" },
  actor1: { value: z.string().regex(/^[A-Z_]+(:.+)?$|^OTHER:.+$/, "an actor key (SYR_GOV, HTS …)").nullable(), evidence: "actor1" },
  actor2: { value: z.string().regex(/^[A-Z_]+(:.+)?$|^OTHER:.+$/, "an actor key (SYR_GOV, CIVILIANS …)").nullable(), evidence: "actor2" },
  date: { value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day YYYY-MM-DD").nullable(), evidence: "date" },
  date_precision: { value: z.number().int().min(1).max(3).nullable(), evidence: "date" },
  fatalities: { value: z.number().int().min(0).max(100000).nullable(), evidence: "killed" },
  injured: { value: z.number().int().min(0).max(100000).nullable(), evidence: "injured" },
  place_name: { value: z.string().min(1).max(200), evidence: "location" },
  admin1: { value: z.string().min(1).max(100).nullable(), evidence: "location" },
  lat: { value: z.number().min(-90).max(90).nullable(), evidence: "location" },
  lon: { value: z.number().min(-180).max(180).nullable(), evidence: "location" },
  geo_precision: { value: z.number().int().min(1).max(3), evidence: "location" },
  gazetteer_id: { value: z.string().min(1).nullable(), evidence: "location" },
} as const;

export type CorrectableField = keyof typeof CORRECTABLE_FIELDS;
export const CORRECTABLE_FIELD_NAMES = Object.keys(CORRECTABLE_FIELDS) as [CorrectableField, ...CorrectableField[]];
export type FieldValues = Partial<Record<CorrectableField, string | number | null>>;

export function isCorrectableField(name: string): name is CorrectableField {
  return Object.hasOwn(CORRECTABLE_FIELDS, name);
}

/** The value checked against its field's schema; a message saying why when it does not fit. */
export function checkFieldValue(field: CorrectableField, value: unknown): { ok: true; value: string | number | null } | { ok: false; message: string } {
  const parsed = CORRECTABLE_FIELDS[field].value.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: `${field}: ${parsed.error.issues[0]?.message ?? "bad value"}` };
}

/** A corrected event type and sub-type must still belong together. */
export function typePairProblem(eventType: string, subType: string): string | null {
  if (!isEventType(eventType)) return null;
  return (EVENT_TYPES[eventType as EventType] as readonly string[]).includes(subType) ? null : `sub_event_type "${subType}" is not a kind of "${eventType}"`;
}

/** The correctable fields as the event holds them: the machine's reading a decision is made against. */
export function machineReading(event: { readonly [K in CorrectableField]?: unknown } & Record<string, unknown>): FieldValues {
  const out: FieldValues = {};
  for (const f of CORRECTABLE_FIELD_NAMES) {
    const v = f === "injured" ? event["injured_min"] : event[f];
    out[f] = v === undefined ? null : (v as string | number | null);
  }
  return out;
}
