/** Airwars-style grades of a merged event. */
export type EventGrade = "single source" | "corroborated" | "contested";

export const EVENT_GRADES: readonly EventGrade[] = ["single source", "corroborated", "contested"];
