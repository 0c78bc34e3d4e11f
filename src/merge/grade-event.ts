/** Airwars-style grades of a merged event. */
export type EventGrade = "single source" | "corroborated" | "contested";

export const EVENT_GRADES: readonly EventGrade[] = ["single source", "corroborated", "contested"];

export interface GradeInput {
  /** Independent outlets, by name (syndicated copies already folded together). */
  readonly outlets: readonly string[];
  /** actor1 of every report that names a known one. */
  readonly perpetrators: readonly string[];
  readonly killed: readonly number[];
  readonly injured: readonly number[];
}

export interface Grade {
  readonly grade: EventGrade;
  readonly reason: string;
}

/**
 * Contested when reports disagree on who did it, or when casualty figures differ widely (the
 * highest at least twice the lowest and at least 5 apart: 2 vs 3 is normal drift, 4 vs 30 is not);
 * otherwise corroborated by two or more independent outlets, else single source.
 */
export function gradeEvent(input: GradeInput): Grade {
  const reasons: string[] = [];
  const perpetrators = tally(input.perpetrators);
  if (perpetrators.length > 1) {
    reasons.push(`reports disagree on who did it: ${perpetrators.map(([k, n]) => `${k} (${n})`).join(" vs ")}`);
  }
  for (const [label, figures] of [["killed", input.killed], ["injured", input.injured]] as const) {
    if (figures.length < 2) continue;
    const lo = Math.min(...figures);
    const hi = Math.max(...figures);
    if (hi >= 2 * lo && hi - lo >= 5) reasons.push(`${label} figures differ widely: ${lo}–${hi}`);
  }
  if (reasons.length > 0) return { grade: "contested", reason: reasons.join("; ") };
  if (input.outlets.length >= 2) {
    return { grade: "corroborated", reason: `reported by ${input.outlets.length} independent outlets: ${input.outlets.join(", ")}` };
  }
  return { grade: "single source", reason: input.outlets.length === 1 ? `only ${input.outlets[0]} reports it` : "one report, outlet unknown" };
}

/** Distinct values with their counts, most frequent first, then alphabetical. */
export function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
