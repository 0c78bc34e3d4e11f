import { RasdError } from "../../errors/rasd-error.ts";
import { createEventWriter, type OutputFormat } from "../../io/event-writer.ts";
import { readArticles } from "../../io/read-articles.ts";
import { toIsoDay } from "../../io/to-iso-day.ts";
import { defineCommand } from "../command.ts";
import { loadExtractor } from "../load-extractor.ts";
import { openOutput } from "../open-output.ts";

/** `rasd extract`: articles in, coded events out, streaming; bad inputs are reported and skipped. */
export const extractCommand = defineCommand({
  name: "extract",
  summary: "Extract coded conflict events from Arabic news articles",
  positionals: "[FILES|DIRS|-]",
  description: `Inputs: JSONL articles (one {"id","published","title","text",…} per line), .txt files
(first line = title, rest = text, id = file name) and .html pages. Directories are read
recursively; "-" or no argument reads JSONL from standard input.
A bad line or file is reported on stderr (file:line) and skipped; the exit code is then 1.`,
  options: {
    published: { type: "string", placeholder: "YYYY-MM-DD", description: "Publication day for articles that carry none" },
    format: { type: "string", choices: ["jsonl", "json", "csv"], default: "jsonl", description: "Output format" },
    out: { type: "string", short: "o", placeholder: "FILE", description: "Write to FILE instead of stdout" },
    db: { type: "string", placeholder: "FILE", description: "Also geocode with the places imported or added to this store (rasd gazetteer)" },
    explain: { type: "boolean", description: "Print a readable report: each field, its rule, lexicon entry and evidence span" },
  },
  async run({ options, positionals }, io) {
    const published = options.published;
    if (published !== undefined && (toIsoDay(published) === null || published.length !== 10)) {
      throw new RasdError("usage", `extract: --published must be a day YYYY-MM-DD (got "${published}")`);
    }
    const format: OutputFormat = options.explain ? "explain" : (options.format as OutputFormat);
    const extract = await loadExtractor(options.db === undefined ? {} : { db: options.db });
    const output = await openOutput(options.out, io.stdout);
    const writer = createEventWriter(format, output.stream);
    let failures = 0;
    let articles = 0;
    let events = 0;
    try {
      for await (const item of readArticles(positionals, io.stdin, { published: published ?? null })) {
        if (!item.ok) {
          failures++;
          io.stderr.write(`rasd: ${item.error.message}\n`);
          continue;
        }
        let extraction;
        try {
          extraction = extract(item.article);
        } catch (error) {
          failures++;
          const where = item.origin.line === undefined ? item.origin.file : `${item.origin.file}:${item.origin.line}`;
          io.stderr.write(`rasd: ${where}: article "${item.article.id}": extraction failed: ${(error as Error).message}\n`);
          continue;
        }
        articles++;
        events += extraction.events.length;
        await writer.writeArticle(item.article, extraction.events);
      }
      await writer.finish();
    } finally {
      await output.close();
    }
    if (failures > 0) io.stderr.write(`rasd: ${articles} articles read, ${events} events, ${failures} input(s) failed\n`);
    return failures > 0 ? 1 : 0;
  },
});
