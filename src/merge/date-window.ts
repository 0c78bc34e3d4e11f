/**
 * The days a coded date can mean. Precision 1 is the day itself; precision 2 ("published, no day
 * named", or "last week") reaches back two days before the date; precision 3 is the whole month.
 *
 *   dateWindow("2021-06-09", 2) → { lo: "2021-06-07", hi: "2021-06-09" }
 */
export function dateWindow(date: string | null, precision: number | null): { lo: string; hi: string } | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (precision === 3) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { lo: `${date.slice(0, 7)}-01`, hi: `${date.slice(0, 7)}-${String(last).padStart(2, "0")}` };
  }
  if (precision === 2) return { lo: addDays(date, -2), hi: date };
  return { lo: date, hi: date };
}

/** ISO day plus n days (n may be negative). */
export function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
