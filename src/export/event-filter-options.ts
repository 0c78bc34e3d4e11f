import { RasdError } from "../errors/rasd-error.ts";
import { toIsoDay } from "../io/to-iso-day.ts";
import { loadLexicons } from "../lexicon/load-lexicons.ts";
import { EVENT_GRADES, type EventGrade } from "../model/event-grade.ts";
import { EVENT_TYPES } from "../model/conflict-event.ts";
import { GOVERNORATE_CODES } from "../places/governorate-codes.ts";
import type { EventFilter } from "../store/event-filter.ts";

/** Filter options shared by `rasd events` and `rasd export`, declared once. */
export const EVENT_FILTER_OPTIONS = {
  from: { type: "string", placeholder: "YYYY-MM-DD", description: "Events on or after this day" },
  to: { type: "string", placeholder: "YYYY-MM-DD", description: "Events on or before this day" },
  type: { type: "string", placeholder: "TYPE", description: 'ACLED event type ("Battles")' },
  "sub-type": { type: "string", placeholder: "SUBTYPE", description: 'ACLED sub-event type ("Air/drone strike")' },
  actor: { type: "string", placeholder: "KEY", description: "Actor key as actor1 or actor2 of any report (SYR_GOV, HTS …)" },
  governorate: { type: "string", placeholder: "NAME", description: "Governorate (admin1) in English (Idlib)" },
  place: { type: "string", placeholder: "NAME", description: "Place name in Arabic, or gazetteer id" },
  outlet: { type: "string", placeholder: "DOMAIN", description: "Outlet of any report (npasyria.com)" },
  grade: { type: "string", choices: EVENT_GRADES, placeholder: "GRADE", description: `Grade: ${EVENT_GRADES.join(", ")}` },
  query: { type: "string", short: "q", placeholder: "WORDS", description: "Words in the reports' articles (Arabic, normalised)" },
} as const;

type FilterValues = { readonly [K in keyof typeof EVENT_FILTER_OPTIONS]: string | undefined };

/**
 * The store filter from parsed option values. Every value that has a closed list (types, sub-types,
 * actor keys, governorates, grades) is checked against it, case aside, and spelled as the list spells
 * it; days must exist. Anything else is a usage error naming the valid values, because a filter that
 * silently matches nothing looks like "no such events".
 *
 *   await toEventFilter("events", { type: "battles", actor: "hts", … }) // { eventType: "Battles", actor: "HTS" }
 */
export async function toEventFilter(command: string, values: FilterValues): Promise<EventFilter> {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  const given = (value: string | undefined): string | undefined => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const from = day(command, "from", given(values.from));
  const to = day(command, "to", given(values.to));
  if (from !== undefined && to !== undefined && from > to) throw new RasdError("usage", `${command}: --from ${from} is after --to ${to}`);
  if (from !== undefined) filter.dateFrom = from;
  if (to !== undefined) filter.dateTo = to;
  const type = given(values.type);
  if (type !== undefined) filter.eventType = oneOf(command, "type", type, Object.keys(EVENT_TYPES));
  const subType = given(values["sub-type"]);
  if (subType !== undefined) filter.subEventType = oneOf(command, "sub-type", subType, Object.values(EVENT_TYPES).flat());
  const actor = given(values.actor);
  if (actor !== undefined) filter.actor = oneOf(command, "actor", actor, await actorKeys());
  const governorate = given(values.governorate);
  if (governorate !== undefined) filter.governorate = oneOf(command, "governorate", governorate, GOVERNORATE_CODES.map((g) => g.admin1));
  const grade = given(values.grade);
  if (grade !== undefined) filter.grade = oneOf(command, "grade", grade, EVENT_GRADES) as EventGrade;
  const place = given(values.place);
  if (place !== undefined) filter.place = place;
  const outlet = given(values.outlet);
  if (outlet !== undefined) filter.outlet = outlet;
  const query = given(values.query);
  if (query !== undefined) filter.q = query;
  return filter;
}

/** A real day: "2024-02-30" and "2024-99-01" are refused, not matched against nothing. */
function day(command: string, option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (toIsoDay(value) !== value) throw new RasdError("usage", `${command}: --${option} must be a real day YYYY-MM-DD (got "${value}")`);
  return value;
}

function oneOf(command: string, option: string, value: string, valid: readonly string[]): string {
  const match = valid.find((v) => v.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw new RasdError("usage", `${command}: --${option} must be one of ${valid.join(", ")} (got "${value}")`);
  return match;
}

/** The actor keys of the actor catalogue (data/lexicon/actors.json): the only keys events carry. */
async function actorKeys(): Promise<string[]> {
  try {
    const { actors } = await loadLexicons();
    return [...new Set([...actors.actors, ...actors.generic].map((a) => a.key))];
  } catch (error) {
    throw new RasdError("unreadable", `cannot load the actor catalogue to check --actor: ${(error as Error).message}`, {}, { cause: error });
  }
}
