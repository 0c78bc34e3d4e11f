import { RasdError } from "../../errors/rasd-error.ts";
import { formatScore } from "../../eval/format-score.ts";
import { readJsonlFile } from "../../eval/read-jsonl-file.ts";
import { scoreEvents } from "../../eval/score-events.ts";
import type { GoldArticle, ScoredEvent } from "../../eval/scoring-types.ts";
import { readArticles } from "../../io/read-articles.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { defineCommand } from "../command.ts";
import { formatWarning } from "../format-message.ts";
import { loadExtractor } from "../load-extractor.ts";
import { type ReadTally, reportedArticles } from "../reported-articles.ts";

/** `rasd eval`: score events (given, or extracted from articles) against a gold set. */
export const evalCommand = defineCommand({
  name: "eval",
  summary: "Score events against a gold file (event P/R/F1, field accuracy, full-record recall …)",
  description: `Either pass extracted events (--events, JSONL as rasd extract writes it) or articles (--articles,
JSONL, .txt, .html or a directory) to extract first. The gold file has one line per article:
{"id","relevant","story","events":[…]}, each event with the fields rasd extract writes.
Try it on the bundled examples:
  rasd eval --gold test/extract/examples-gold.jsonl --articles examples/articles.jsonl
The metrics are those of the project's shared evaluation scorer, so the two agree.`,
  options: {
    gold: { type: "string", short: "g", placeholder: "FILE", description: "Gold JSONL file (required)" },
    articles: { type: "string", short: "a", placeholder: "PATH", description: "Articles to extract, then score" },
    events: { type: "string", short: "e", placeholder: "FILE", description: "Extracted events (JSONL) to score" },
    json: { type: "boolean", description: "Print the result as one JSON object" },
    verbose: { type: "boolean", short: "v", description: "List missed, partly wrong and extra events" },
  },
  async run({ options }, io) {
    if (options.gold === undefined) throw new RasdError("usage", "eval: --gold FILE is required");
    if ((options.articles === undefined) === (options.events === undefined)) {
      throw new RasdError("usage", "eval: give exactly one of --articles PATH or --events FILE");
    }
    const gold = (await readJsonlFile(options.gold)) as GoldArticle[];
    if (gold.length === 0) io.stderr.write(formatWarning(options.gold, "no gold articles in this file"));
    let system: ScoredEvent[];
    const tally: ReadTally = { failed: 0 };
    if (options.events !== undefined) {
      system = (await readJsonlFile(options.events)) as ScoredEvent[];
    } else {
      const extract = await loadExtractor();
      system = [];
      for await (const { article } of reportedArticles(readArticles([options.articles!], io.stdin), io.stderr, tally)) {
        system.push(...(extract(article).events as readonly ScoredEvent[]));
      }
    }
    const scoring = scoreEvents(gold, system);
    await writeChunk(io.stdout, options.json ? JSON.stringify(scoring.result, null, 2) + "\n" : formatScore(scoring, gold.length, options.verbose));
    return tally.failed > 0 ? 1 : 0;
  },
});
