import type { ScoredEvent } from "./scoring-types.ts";

/** Equality after mapping undefined to null (a missing count equals a null count). */
export function valueEqual(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

/** Actor keys compared as strings, null and missing being "null". */
export function actorEqual(a: unknown, b: unknown): boolean {
  return String(a ?? "null") === String(b ?? "null");
}

/** Gold without a date accepts any date; otherwise the system date must be at most one day off. */
export function dateCompatible(gold: ScoredEvent, system: ScoredEvent): boolean {
  if (!gold.date) return true;
  if (!system.date) return false;
  return Math.abs((Date.parse(String(gold.date)) - Date.parse(String(system.date))) / 86400000) <= 1;
}

/** Great-circle distance in km. */
export function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}
