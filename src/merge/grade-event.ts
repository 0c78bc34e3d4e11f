import type { EventGrade } from "../model/event-grade.ts";

export { EVENT_GRADES, type EventGrade } from "../model/event-grade.ts";

export interface GradeInput {
  /** Independent outlets, by name (syndicated copies already folded together). */
  readonly outlets: readonly string[];
  /** actor1 of every report that names a known one. */
  readonly perpetrators: readonly string[];
  readonly killed: readonly number[];
  readonly injured: readonly number[];
}

/** Why an event has its grade, as data: the page words it in Arabic or English, the CLI in English. */
export type GradeReason =
  | { readonly kind: "perpetrators-disagree"; readonly actors: readonly { readonly key: string; readonly reports: number }[] }
  | { readonly kind: "figures-differ"; readonly field: "killed" | "injured"; readonly low: number; readonly high: number }
  | { readonly kind: "independent-outlets"; readonly outlets: readonly string[] }
  | { readonly kind: "single-outlet"; readonly outlet: string }
  | { readonly kind: "outlet-unknown" };

export interface Grade {
  readonly grade: EventGrade;
  /** The reasons in English, "; "-joined (stored in events.grade_reason). */
  readonly reason: string;
  readonly reasons: readonly GradeReason[];
}

/** The grade's input from the reports of one event and its independent outlets. */
export function gradeInputOf(
  reports: readonly { readonly actor1: string | null; readonly killed: number | null; readonly injured: number | null }[],
  outlets: readonly string[],
): GradeInput {
  const known = <T>(values: readonly (T | null)[]) => values.filter((v): v is T => v !== null);
  return {
    outlets,
    perpetrators: known(reports.map((r) => r.actor1)).filter((a) => a !== "UNKNOWN"),
    killed: known(reports.map((r) => r.killed)),
    injured: known(reports.map((r) => r.injured)),
  };
}

/**
 * Contested when reports disagree on who did it, or when casualty figures differ widely (the
 * highest at least twice the lowest and at least 5 apart: 2 vs 3 is normal drift, 4 vs 30 is not);
 * otherwise corroborated by two or more independent outlets, else single source.
 */
export function gradeEvent(input: GradeInput): Grade {
  const range = (figures: readonly number[]) => (figures.length < 2 ? null : { low: Math.min(...figures), high: Math.max(...figures) });
  return gradeOfCounts({ outlets: input.outlets, perpetrators: tally(input.perpetrators), killed: range(input.killed), injured: range(input.injured) });
}

/**
 * gradeEvent from counts instead of lists, as an event's stored digest holds them: the perpetrators
 * tallied (most reports first), and each figure's lowest and highest (one figure alone, low = high,
 * never differs widely, so a range of one is the same as none).
 */
export function gradeOfCounts(input: {
  readonly outlets: readonly string[];
  readonly perpetrators: readonly (readonly [string, number])[];
  readonly killed: { readonly low: number; readonly high: number } | null;
  readonly injured: { readonly low: number; readonly high: number } | null;
}): Grade {
  const reasons: GradeReason[] = [];
  const perpetrators = input.perpetrators;
  if (perpetrators.length > 1) reasons.push({ kind: "perpetrators-disagree", actors: perpetrators.map(([key, reports]) => ({ key, reports })) });
  for (const [field, figures] of [["killed", input.killed], ["injured", input.injured]] as const) {
    if (figures === null) continue;
    const { low, high } = figures;
    if (high >= 2 * low && high - low >= 5) reasons.push({ kind: "figures-differ", field, low, high });
  }
  const graded = (grade: EventGrade, list: readonly GradeReason[]): Grade => ({ grade, reasons: list, reason: list.map(englishReason).join("; ") });
  if (reasons.length > 0) return graded("contested", reasons);
  const [only] = input.outlets;
  if (input.outlets.length >= 2) return graded("corroborated", [{ kind: "independent-outlets", outlets: input.outlets }]);
  return graded("single source", [only === undefined ? { kind: "outlet-unknown" } : { kind: "single-outlet", outlet: only }]);
}

/** A reason in English, as the CLI and the CSV export print it. */
export function englishReason(reason: GradeReason): string {
  switch (reason.kind) {
    case "perpetrators-disagree":
      return `reports disagree on who did it: ${reason.actors.map((a) => `${a.key} (${a.reports})`).join(" vs ")}`;
    case "figures-differ":
      return `${reason.field} figures differ widely: ${reason.low}–${reason.high}`;
    case "independent-outlets":
      return `reported by ${reason.outlets.length} independent outlets: ${reason.outlets.join(", ")}`;
    case "single-outlet":
      return `only ${reason.outlet} reports it`;
    case "outlet-unknown":
      return "one report, outlet unknown";
  }
}

/** Distinct values with their counts, most frequent first, then alphabetical. */
export function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return sortedCounts(counts);
}

/** Counted values, most frequent first, then alphabetical. */
export function sortedCounts(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
