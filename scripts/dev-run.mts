import { readFileSync, writeFileSync } from "node:fs";
import { loadResources } from "../src/resources/load-resources.ts";
import { createExtractor } from "../src/extract/create-extractor.ts";
const res = await loadResources();
const ex = createExtractor(res);
const file = process.argv[2] ?? "/work/shared/eval/dev/articles.jsonl";
const out: string[] = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  for (const e of ex(a).events) {
    if (a.text.slice(e.evidence.start, e.evidence.end) !== e.evidence.text) console.error("BAD EVIDENCE", a.id);
    const { provenance, ...rest } = e; out.push(JSON.stringify(rest));
  }
}
writeFileSync(process.argv[3] ?? "/tmp/dev-events.jsonl", out.join("\n") + "\n");
