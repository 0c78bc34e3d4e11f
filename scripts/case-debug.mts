// Prints sentence-table cases (all, or those whose ids are given) with expected and extracted events.
import { SENTENCE_CASES } from "../test/extract/sentence-cases.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { createExtractor } from "../src/extract/create-extractor.ts";
const ids = process.argv.slice(2);
const ex = createExtractor(await loadResources());
for (const c of SENTENCE_CASES) {
  if (ids.length && !ids.some((i) => c.id.startsWith(i))) continue;
  const got = ex({ id: c.id, url: null, outlet: null, published: c.published, title: null, text: c.text }).events;
  console.log(`\n## ${c.id} ${c.label}\n${c.text}`);
  console.log("  expect:", JSON.stringify(c.expect));
  for (const e of got) console.log(`  got: ${e.sub_event_type} | ${e.actor1}→${e.actor2} | ${e.location.name_ar} p${e.location.precision} ${e.location.admin1} | ${e.date} | k=${e.killed} i=${e.injured} c=${e.casualties ?? ""} | src=${e.source}`);
}
