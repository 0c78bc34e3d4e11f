/**
 * The ISO day (YYYY-MM-DD) at the start of a date or timestamp string, or null when there is none or
 * the day does not exist. Timestamps keep their local day as written ("2023-05-02T23:30:00+03:00" →
 * "2023-05-02"): the day the outlet printed is the one relative dates are resolved against.
 */
export function toIsoDay(value: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const day = `${y}-${m}-${d}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}
