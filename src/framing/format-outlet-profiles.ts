/** Plain-text table of outlet profiles, for `rasd outlets`. */
import type { OutletProfile } from "./profile-outlets.ts";

export function formatOutletProfiles(profiles: readonly OutletProfile[]): string {
  if (profiles.length === 0) return "no articles in the store\n";
  const rows = profiles.map((p) => [
    p.outlet,
    String(p.articles),
    p.camp,
    p.confidence.toFixed(2),
    p.terms.slice(0, 4).map((t) => `${t.forms[0] ?? t.term}×${t.count}`).join("، "),
    p.sources.slice(0, 3).map((s) => `${s.kind} ${Math.round(s.share * 100)}%`).join(", "),
  ]);
  const head = ["outlet", "articles", "camp", "conf", "preferred terms", "credits"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(head), ...rows.map(line)].join("\n") + "\n";
}
