/**
 * Why the merge is wrong on a gold set: every false article pair (with the chain of links that made
 * it) and every missed gold pair (with the closest report pairs and why they did not link).
 * For reading errors on train (never tune on dev); prints coded report fields and link reasons, no article text.
 * Ends with a count of the errors by cause (what a coder would check first):
 *   false pair: a direct link of an undated pair (both or one side), of a dated pair, or chained
 *     through other articles of the group;
 *   missed pair: an article with no report, no report pair of one event type (extraction), no
 *     eligible pair (no place tie or days apart: the candidate is never weighed), or eligible pairs
 *     the model scored under its threshold (decision).
 *
 *   node --import tsx scripts/merge-explain.ts [train]
 */
import { createExtractor } from "../src/extract/create-extractor.ts";
import { decideLink } from "../src/merge/link-decision.ts";
import { mergeInMemory } from "../src/merge/merge-in-memory.ts";
import { defaultMergeModel } from "../src/merge/merge-model.ts";
import { pairEligible, type PairSide } from "../src/merge/pair-features.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { figuresOf, fmtFigures, mergeRun, readMergeSet } from "./learn/merge-sets.ts";

const name = process.argv[2] ?? "train";
const dir = new URL(`../../shared/eval/${name}`, import.meta.url).pathname;
const set = readMergeSet(dir, createExtractor(await loadResources()));
const model = defaultMergeModel();
const run = await mergeRun(set, model);
console.log(fmtFigures(figuresOf(run.counts)));
const { links } = await mergeInMemory(set.sides, model);
const published = new Map(set.articles.map((a) => [a.id, a.published]));

const show = (s: PairSide): string => {
  const r = s.report;
  return `${r.article_id}[${set.story.get(r.article_id) ?? "-"}] ${r.sub_event_type.slice(0, 18)} @${r.place_name}(p${r.geo_precision},${r.admin2 ?? ""}) ${r.date ?? "undated"}/${r.date_precision ?? "-"} pub=${published.get(r.article_id) ?? "-"} k=${r.killed ?? "-"} i=${r.injured ?? "-"} a=${r.actor1}/${r.actor2} src=${r.source ?? "-"}`;
};

console.log("\n== FALSE PAIRS: groups holding them, with the links");
const groups = new Map<string, PairSide[]>();
for (const s of set.sides) {
  const g = run.group.get(s.report.report_key)!;
  (groups.get(g) ?? groups.set(g, []).get(g)!).push(s);
}
for (const [g, members] of groups) {
  const arts = [...new Set(members.map((m) => m.report.article_id))].sort();
  let bad = 0;
  for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) if (!run.gold.has(`${arts[i]}|${arts[j]}`)) bad++;
  if (bad === 0) continue;
  console.log(`\n-- group ${g}: ${arts.length} articles, ${bad} false pairs`);
  for (const m of members) console.log(`   ${show(m)}`);
  for (const l of links) {
    if (run.group.get(l.report_key) !== g) continue;
    const ok = run.gold.has([l.article_id, l.with_article].sort().join("|"));
    console.log(`   link ${ok ? "OK " : "BAD"} ${l.article_id}~${l.with_article} p=${l.p} ${l.reasons.join(" ")}`);
  }
}

const causes = new Map<string, number>();
const count = (cause: string): void => void causes.set(cause, (causes.get(cause) ?? 0) + 1);
for (const pair of run.system) {
  if (run.gold.has(pair)) continue;
  const [a, b] = pair.split("|") as [string, string];
  const direct = links.filter((l) => (l.article_id === a && l.with_article === b) || (l.article_id === b && l.with_article === a));
  if (direct.length === 0) count("false: chained through other articles");
  else {
    const day = direct.map((l) => l.reasons.find((r) => r.startsWith("day:undated")) ?? "day:dated").sort()[0]!.split(" ")[0]!;
    count(`false: direct link, ${day}`);
  }
}

console.log("\n== MISSED GOLD PAIRS");
for (const pair of run.gold) {
  if (run.system.has(pair)) continue;
  const [a, b] = pair.split("|") as [string, string];
  const xs = set.sides.filter((s) => s.report.article_id === a);
  const ys = set.sides.filter((s) => s.report.article_id === b);
  console.log(`\n-- ${pair} (${set.story.get(a)}): ${xs.length} × ${ys.length} reports`);
  const scored: string[] = [];
  for (const x of xs) for (const y of ys) {
    if (x.report.event_type !== y.report.event_type) continue;
    const d = decideLink(x, y, model);
    scored.push(`   ${pairEligible(x.report, y.report) ? `p=${d.p}` : "inelig"}\n     ${show(x)}\n     ${show(y)}\n     ${d.reasons.join(" ")}`);
  }
  const eligible = xs.some((x) => ys.some((y) => pairEligible(x.report, y.report)));
  if (xs.length === 0 || ys.length === 0) count("missed: extraction, an article without reports");
  else if (!xs.some((x) => ys.some((y) => x.report.event_type === y.report.event_type))) count("missed: extraction, no shared event type");
  else if (!eligible) count("missed: candidate, no place tie or days apart");
  else if (!xs.some((x) => ys.some((y) => decideLink(x, y, model).link))) count("missed: decision, eligible pairs under threshold");
  else count("missed: linked pairs kept apart (event day span)");
  if (scored.length === 0) {
    for (const x of xs) console.log(`   A ${show(x)}`);
    for (const y of ys) console.log(`   B ${show(y)}`);
  }
  console.log(scored.join("\n"));
}

console.log("\n== ERRORS BY CAUSE (article pairs)");
for (const [cause, n] of [...causes].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${cause}`);
