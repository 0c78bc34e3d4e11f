import type { DecisionRow } from "../store/review/decision-queries.ts";
import type { CorrectableField, FieldValues } from "./correctable-fields.ts";
import type { DecisionPayload } from "./decision-payload.ts";

export type ReviewStatus = "machine" | "reviewed" | "corrected" | "rejected";

export interface FoldedReview {
  readonly status: ReviewStatus;
  readonly reviewer: string | null;
  readonly reviewed_at: string | null;
  /** Corrected fields whose value differs from the machine's reading. */
  readonly overrides: FieldValues;
}

/**
 * An event's review from its decisions, oldest first: decisions a revert names are skipped; the last
 * accept or reject wins; field changes pile up (a later one of the same field wins). A rejection
 * stands whatever the corrections; corrections that only restate the machine's reading do not count.
 *
 *   [accept]                         → reviewed
 *   [correct fatalities 3, accept]   → corrected { fatalities: 3 }
 *   [reject, accept]                 → reviewed     [accept, revert(accept)] → machine
 */
export function foldDecisions(decisions: readonly DecisionRow[], machine: FieldValues): FoldedReview {
  const reverted = new Set(decisions.flatMap((d) => (d.reverts === null ? [] : [d.reverts])));
  let verdict: "accept" | "reject" | null = null;
  let reviewer: string | null = null;
  let reviewedAt: string | null = null;
  const overrides: FieldValues = {};
  for (const d of decisions) {
    if (reverted.has(d.id) || d.action === "revert") continue;
    const payload = d.after_json === null ? {} : (JSON.parse(d.after_json) as DecisionPayload);
    const touchesFields = payload.fields !== undefined && Object.keys(payload.fields).length > 0;
    if (d.action === "accept" || d.action === "reject") verdict = d.action;
    if (touchesFields) Object.assign(overrides, payload.fields);
    if (d.action === "accept" || d.action === "reject" || touchesFields) {
      reviewer = d.user_name;
      reviewedAt = d.at;
    }
  }
  for (const field of Object.keys(overrides) as CorrectableField[]) if (overrides[field] === machine[field]) delete overrides[field];
  const status: ReviewStatus = verdict === "reject" ? "rejected" : Object.keys(overrides).length > 0 ? "corrected" : verdict === "accept" || reviewer !== null ? "reviewed" : "machine";
  return { status, reviewer: status === "machine" ? null : reviewer, reviewed_at: status === "machine" ? null : reviewedAt, overrides };
}
