import type { EventFilter } from "../store/event-filter.ts";
import type { EventFilterQuery } from "./api-contract.ts";

/**
 * The store filter for a query string that Fastify has already validated against the contract
 * (api-contract.ts): a bad value was answered with 400 before this runs, rather than silently
 * ignored (a typo in a date would otherwise return everything).
 */
export function eventFilterOf(query: EventFilterQuery): EventFilter {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (query.from !== undefined) filter.dateFrom = query.from;
  if (query.to !== undefined) filter.dateTo = query.to;
  if (query.type !== undefined) filter.eventType = query.type;
  if (query.sub_type !== undefined) filter.subEventType = query.sub_type;
  if (query.actor !== undefined) filter.actor = query.actor;
  if (query.admin1 !== undefined) filter.governorate = query.admin1;
  if (query.place !== undefined) filter.place = query.place;
  if (query.outlet !== undefined) filter.outlet = query.outlet;
  if (query.grade !== undefined) filter.grade = query.grade;
  if (query.q !== undefined) filter.q = query.q;
  if (query.bbox !== undefined) filter.bbox = query.bbox;
  return filter;
}
