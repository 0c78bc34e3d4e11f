import type { Article } from "../model/article.ts";
import type { ConflictEvent } from "../model/conflict-event.ts";
import type { Evidence } from "../model/evidence.ts";

/**
 * Human-readable report of why each event of an article has its values: for every provenance entry,
 * the field, its value, the rule and lexicon entry, and the evidence span (offsets + Arabic text).
 *
 *   article a1 — 1 event
 *   event 1/1  e-2024-03-05-sarmin  Explosions/Remote violence › Shelling/artillery/missile attack
 *     evidence  [12–40]  «…»
 *     actor1          SYR_GOV        rule actor-subject  entry SYR_GOV  [12–24] «قوات النظام»
 */
export function formatExplanation(article: Article, events: readonly ConflictEvent[]): string {
  const lines = [`article ${article.id} — ${events.length} event${events.length === 1 ? "" : "s"}${article.title ? `  (${oneLine(article.title)})` : ""}`];
  events.forEach((event, i) => {
    lines.push(`event ${i + 1}/${events.length}  ${event.event_id}  ${event.event_type} › ${event.sub_event_type}`);
    lines.push(`  evidence  ${span(event.evidence)}`);
    const fieldWidth = Math.max(14, ...event.provenance.map((p) => p.field.length));
    const values = event.provenance.map((p) => show(fieldValue(event, p.field)));
    const valueWidth = Math.min(30, Math.max(5, ...values.map((v) => v.length)));
    event.provenance.forEach((p, j) => {
      const entry = p.entry === undefined ? "" : `  entry ${p.entry}`;
      const where = p.evidence === null ? "  (no span)" : `  ${span(p.evidence)}`;
      lines.push(`  ${p.field.padEnd(fieldWidth)}  ${values[j]!.padEnd(valueWidth)}  rule ${p.rule}${entry}${where}`);
    });
    if (event.provenance.length === 0) lines.push("  (no provenance recorded)");
  });
  return lines.join("\n") + "\n\n";
}

function span(evidence: Evidence): string {
  return `[${evidence.start}–${evidence.end}] «${oneLine(evidence.text)}»`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Value of a provenance field: "actor1", "location", "location.admin1" … ("location" shows its name). */
function fieldValue(event: ConflictEvent, field: string): unknown {
  let value: unknown = event;
  for (const key of field.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (field === "location" && typeof value === "object" && value !== null) return (value as { name_ar?: unknown }).name_ar;
  if (field === "evidence" && typeof value === "object" && value !== null) return (value as { text?: unknown }).text;
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return oneLine(value);
  return JSON.stringify(value);
}
