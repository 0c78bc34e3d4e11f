import { RasdError } from "../../errors/rasd-error.ts";
import { formatScore } from "../../eval/format-score.ts";
import { readJsonlFile } from "../../eval/read-jsonl-file.ts";
import { scoreEvents } from "../../eval/score-events.ts";
import type { GoldArticle, ScoredEvent } from "../../eval/scoring-types.ts";
import { readArticles } from "../../io/read-articles.ts";
import { defineCommand } from "../command.ts";
import { loadExtractor } from "../load-extractor.ts";

/** `rasd eval`: score events (given, or extracted from articles) against a gold set. */
export const evalCommand = defineCommand({
  name: "eval",
  summary: "Score events against a gold file (event P/R/F1, field accuracy, full-record recall …)",
  description: `Same metrics and table as ../shared/eval/score.mjs. Either pass extracted events
(--events, JSONL) or articles (--articles, JSONL, .txt, .html or a directory) to extract first.
Gold file: one {"id","relevant","story","events":[…]} per line, events as in CONTRACT.md.`,
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
    let system: ScoredEvent[];
    let failures = 0;
    if (options.events !== undefined) {
      system = (await readJsonlFile(options.events)) as ScoredEvent[];
    } else {
      const extract = await loadExtractor();
      system = [];
      for await (const item of readArticles([options.articles!], io.stdin)) {
        if (!item.ok) {
          failures++;
          io.stderr.write(`rasd: ${item.error.message}\n`);
          continue;
        }
        system.push(...(extract(item.article).events as readonly ScoredEvent[]));
      }
    }
    const scoring = scoreEvents(gold, system);
    io.stdout.write(options.json ? JSON.stringify(scoring.result, null, 2) + "\n" : formatScore(scoring, gold.length, options.verbose));
    return failures > 0 ? 1 : 0;
  },
});
