// Prints, for one article of a JSONL file, each sentence's annotations and the events with their rules.
import { readFileSync } from "node:fs";
import { loadResources } from "../src/resources/load-resources.ts";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { compileLexicons } from "../src/extract/prepare/compiled-lexicons.ts";
import { prepareDocument } from "../src/extract/prepare/prepare-document.ts";
import { annotateSentence } from "../src/extract/annotate/annotate-sentence.ts";
const [file, id, verbose] = process.argv.slice(2);
const res = await loadResources();
const ex = createExtractor(res);
const lex = compileLexicons(res.lexicons, res.gazetteer, res.placeNames.notPlaceNames, res.placeNames.countryside, res.placeNames.aliasQualifiers);
for (const line of readFileSync(file!, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  if (a.id !== id) continue;
  if (verbose) {
    const doc = prepareDocument(a, lex);
    for (const s of doc.sentences) {
      const an = annotateSentence(s, lex);
      console.log(`\n[${s.index}] ${doc.norm.text.slice(s.start, s.end)}`);
      console.log("   " + an.annotations.map((x) => `${x.value.kind}:${x.phrase}${x.value.kind === "actor" ? "=" + x.value.key : ""}`).join(" | "));
    }
  }
  for (const e of ex(a).events) {
    console.log(`\n* ${e.sub_event_type} | ${e.actor1} → ${e.actor2} | ${e.location.name_ar} (${e.location.admin1}, p${e.location.precision}) | ${e.date} p${e.date_precision} | k=${e.killed} i=${e.injured} c=${e.casualties ?? ""} | src=${e.source}`);
    console.log(`  ev: ${e.evidence.text}`);
    for (const p of e.provenance) console.log(`    ${p.field}: ${p.rule} ${p.entry ?? ""} «${p.evidence?.text ?? ""}»`);
  }
}
