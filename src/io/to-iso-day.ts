/**
 * The ISO day (YYYY-MM-DD) at the start of a date or timestamp string, or null when there is none or
 * the day does not exist. Timestamps keep their local day as written ("2023-05-02T23:30:00+03:00" →
 * "2023-05-02"): the day the outlet printed is the one relative dates are resolved against.
 *
 * The day is checked by the calendar's rule (months of 28–31 days, leap years of the Gregorian
 * calendar, as JavaScript's Date counts them back to year 0000), not by building a Date and printing
 * it back: every article read asks, and that round trip cost more than the rest of reading its header.
 */
export function toIsoDay(value: string): string | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${y}-${m}-${d}`;
}

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1]!;
}
