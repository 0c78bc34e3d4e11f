import type { Scoring } from "./score-events.ts";

/**
 * The printed table of score.mjs, line for line, ending with "event F1 0.xxx"; with `verbose`, the
 * MISS / PART / EXTRA lines come first.
 */
export function formatScore({ result, details }: Scoring, articleCount: number, verbose: boolean): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const rel = result.relevance;
  const dup = result.dedup_pairs;
  const geo = result.geo_within_10km;
  const lines = verbose ? [...details] : [];
  lines.push(
    `articles ${articleCount}  gold events ${result.gold_events}  system events ${result.system_events}  matched ${result.matched}`,
    `events      P ${pct(result.precision)}  R ${pct(result.recall)}  F1 ${pct(result.f1)}   (type + place + date ±1 day)`,
    `on matched: ${Object.entries(result.attribute_accuracy).map(([k, v]) => `${k} ${pct(v)}`).join("  ")}`,
    `full-record recall ${pct(result.full_record_recall)}   (gold events found with every field right)`,
    `geocoded within 10 km ${pct(geo.share)}   (of ${geo.events} matched events whose gold place has reference coordinates)`,
    `relevance   P ${pct(rel.precision)}  R ${pct(rel.recall)}  F1 ${pct(rel.f1)}`,
    `dedup pairs P ${pct(dup.precision)}  R ${pct(dup.recall)}  F1 ${pct(dup.f1)}  (gold pairs ${dup.gold})`,
    `event F1 ${result.f1.toFixed(3)}`,
  );
  return lines.join("\n") + "\n";
}
