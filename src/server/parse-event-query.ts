import { EVENT_GRADES, type EventGrade } from "../merge/grade-event.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { ApiError } from "./api-error.ts";

/** The largest page the API serves: the web page asks for everything on the map at once. */
export const MAX_API_LIMIT = 5000;
export const DEFAULT_API_LIMIT = 100;

/** Query-string parameters of GET /api/events and GET /api/stats (all strings, all optional). */
export type EventQuery = Readonly<Record<string, string | undefined>>;

export interface ParsedEventQuery {
  readonly filter: EventFilter;
  /** 1-based page number. */
  readonly page: number;
  readonly limit: number;
  readonly format: "json" | "geojson";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turn the query string into a store filter and a page, rejecting bad values with 400 rather than
 * silently ignoring them (a typo in a date would otherwise return everything).
 */
export function parseEventQuery(query: EventQuery): ParsedEventQuery {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  const text = (name: string): string | undefined => {
    const value = query[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  for (const [name, key] of [["from", "dateFrom"], ["to", "dateTo"]] as const) {
    const value = text(name);
    if (value === undefined) continue;
    if (!DAY.test(value)) throw new ApiError(400, "bad-parameter", `${name} must be a day YYYY-MM-DD (got "${value}")`);
    filter[key] = value;
  }
  const plain = [
    ["type", "eventType"],
    ["sub_type", "subEventType"],
    ["actor", "actor"],
    ["admin1", "governorate"],
    ["place", "place"],
    ["outlet", "outlet"],
    ["q", "q"],
  ] as const;
  for (const [name, key] of plain) {
    const value = text(name);
    if (value !== undefined) filter[key] = value;
  }
  const grade = text("grade");
  if (grade !== undefined) {
    if (!(EVENT_GRADES as readonly string[]).includes(grade)) throw new ApiError(400, "bad-parameter", `grade must be one of: ${EVENT_GRADES.join(", ")}`);
    filter.grade = grade as EventGrade;
  }
  const bbox = text("bbox");
  if (bbox !== undefined) filter.bbox = parseBbox(bbox);
  const page = wholeNumber(text("page"), "page", 1);
  if (page < 1) throw new ApiError(400, "bad-parameter", "page starts at 1");
  const limit = wholeNumber(text("limit"), "limit", DEFAULT_API_LIMIT);
  if (limit < 1 || limit > MAX_API_LIMIT) throw new ApiError(400, "bad-parameter", `limit must be between 1 and ${MAX_API_LIMIT}`);
  const format = text("format") ?? "json";
  if (format !== "json" && format !== "geojson") throw new ApiError(400, "bad-parameter", 'format must be "json" or "geojson"');
  return { filter, page, limit, format };
}

function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(",").map((p) => Number(p.trim()));
  const [minLon, minLat, maxLon, maxLat] = parts;
  if (parts.length !== 4 || minLon === undefined || minLat === undefined || maxLon === undefined || maxLat === undefined || parts.some((n) => !Number.isFinite(n))) {
    throw new ApiError(400, "bad-parameter", "bbox must be minLon,minLat,maxLon,maxLat");
  }
  if (minLon > maxLon || minLat > maxLat || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
    throw new ApiError(400, "bad-parameter", "bbox corners are out of order or out of range");
  }
  return [minLon, minLat, maxLon, maxLat];
}

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new ApiError(400, "bad-parameter", `${name} must be a whole number`);
  return Number(value);
}
