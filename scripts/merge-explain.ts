/**
 * Why the merge is wrong on a gold set: every false article pair (with the chain of links that made
 * it) and every missed gold pair (with the closest report pairs and why they did not link).
 * For reading errors on train (never tune on dev); prints coded report fields and link reasons, no article text.
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
  if (scored.length === 0) {
    for (const x of xs) console.log(`   A ${show(x)}`);
    for (const y of ys) console.log(`   B ${show(y)}`);
  }
  console.log(scored.join("\n"));
}
