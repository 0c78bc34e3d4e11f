import type { Evidence, Provenance } from "./evidence.ts";

export const EVENT_TYPES = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Chemical weapon",
  ],
  "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];

const SUB_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(EVENT_TYPES).flat());

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

export function isSubEventType(value: string): value is SubEventType {
  return SUB_EVENT_TYPES.has(value);
}

/** The event type a sub-event type belongs to. */
export function eventTypeOf(sub: SubEventType): EventType {
  const type = TYPE_OF_SUB.get(sub);
  if (!type) throw new Error(`unknown sub-event type: ${sub}`);
  return type;
}

const TYPE_OF_SUB: ReadonlyMap<string, EventType> = new Map(
  (Object.entries(EVENT_TYPES) as [EventType, readonly string[]][]).flatMap(([type, subs]) => subs.map((sub) => [sub, type] as const)),
);

/** 1 = exact town/village, 2 = district/area/front, 3 = governorate or vaguer. */
export type GeoPrecision = 1 | 2 | 3;
/** 1 = the day, 2 = the week or a range of days, 3 = the month. */
export type DatePrecision = 1 | 2 | 3;

export interface EventLocation {
  readonly name_ar: string;
  /** Country in English ("Syria", "Yemen"); null when neither the place nor the text tells it. */
  readonly country?: string | null;
  /** First-level division of that country in English (Syria's governorates as GUIDELINES.md spells them). */
  readonly admin1: string | null;
  readonly admin2?: string | null;
  readonly admin3?: string | null;
  readonly admin1_ar?: string | null;
  readonly pcode?: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: GeoPrecision;
  /** Gazetteer entry id, or null when the place is not in the gazetteer. */
  readonly gazetteer_id: string | null;
}

/** One coded event, in the output format of CONTRACT.md plus provenance. */
export interface ConflictEvent {
  readonly article_id: string;
  readonly event_id: string;
  readonly event_type: EventType;
  readonly sub_event_type: SubEventType;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly location: EventLocation;
  readonly date: string | null;
  readonly date_precision: DatePrecision | null;
  readonly killed: number | null;
  readonly injured: number | null;
  /** "Killed or injured" total with no split (مقتل وإصابة 12). */
  readonly casualties?: number;
  readonly source: string | null;
  readonly evidence: Evidence;
  readonly note?: string;
  /** Every field's provenance: rule id, lexicon entry, span. */
  readonly provenance: readonly Provenance[];
}
