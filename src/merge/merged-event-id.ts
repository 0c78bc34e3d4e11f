import { createHash } from "node:crypto";
import type { ReportRecord } from "../model/report-record.ts";

/** What picks the anchor report of an event: its earliest day, then its key. */
export type AnchorFields = Pick<ReportRecord, "report_key" | "date_lo" | "date">;

/**
 * The id of a merged event, from its anchor report: the earliest-dated report (undated last), ties
 * broken by report key. Report keys come from article content, so the id is the same whatever the
 * ingest order; when two events later merge, the surviving id is one of the two old ones.
 *
 *   "ev-2021-06-09-3f9a1c2b7d" / "ev-undated-0c41…"
 */
export function mergedEventId(reports: readonly AnchorFields[]): string {
  const anchor = anchorReport(reports);
  const hash = createHash("sha256").update(anchor.report_key).digest("hex").slice(0, 10);
  return `ev-${anchor.date ?? "undated"}-${hash}`;
}

export function anchorReport<R extends AnchorFields>(reports: readonly R[]): R {
  const sorted = [...reports].sort((a, b) => {
    const da = a.date_lo ?? "9999-99-99";
    const db = b.date_lo ?? "9999-99-99";
    if (da !== db) return da < db ? -1 : 1;
    return a.report_key < b.report_key ? -1 : a.report_key > b.report_key ? 1 : 0;
  });
  const first = sorted[0];
  if (first === undefined) throw new Error("an event needs at least one report");
  return first;
}
