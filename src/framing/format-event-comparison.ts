/** Plain-text side-by-side view of an event's reports, for `rasd compare`. */
import type { EventComparison } from "./compare-reports.ts";

export function formatEventComparison(eventId: string, c: EventComparison): string {
  const out: string[] = [`event ${eventId}: ${c.reports.length} report(s)`, ""];
  out.push("reports:");
  for (const r of c.reports) {
    out.push(`  ${r.outlet} [${r.camp ?? "?"}] article ${r.article_id}`);
    out.push(`    killed ${r.killed ?? "—"}, injured ${r.injured ?? "—"}, source: ${r.source ?? "—"}`);
    out.push(`    «${r.evidence.text}»`);
  }
  out.push("", "actors as each outlet named them:");
  for (const a of c.actors) {
    out.push(`  ${a.role} ${a.key}: ${a.names.map((n) => `${n.outlet}: ${n.as_written ?? "(not named)"}`).join(" | ")}`);
  }
  const fig = (name: string, f: EventComparison["killed"]): string =>
    `  ${name}: ${f.min === null ? "none given" : f.min === f.max ? String(f.min) : `${f.min}–${f.max}`}${f.agree ? "" : " (reports differ)"}`;
  out.push("", "casualties:", fig("killed", c.killed), fig("injured", c.injured));
  if (c.omissions.length > 0) {
    out.push("", "omissions:");
    for (const o of c.omissions) out.push(`  ${o.outlet} (${o.article_id}) leaves out ${o.field}, stated by ${o.stated_by.join(", ")}`);
  }
  return out.join("\n") + "\n";
}
