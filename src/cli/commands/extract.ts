import { formatLocation, RasdError } from "../../errors/rasd-error.ts";
import { createEventWriter, type OutputFormat } from "../../io/event-writer.ts";
import { readArticles } from "../../io/read-articles.ts";
import { toIsoDay } from "../../io/to-iso-day.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { extractJobs, jobsOption, jobsOptionOf } from "../jobs-option.ts";
import { openOutput } from "../open-output.ts";
import { type ReadTally, reportedArticles } from "../reported-articles.ts";

/** `rasd extract`: articles in, coded events out, streaming; bad inputs are reported and skipped. */
export const extractCommand = defineCommand({
  name: "extract",
  summary: "Extract coded conflict events from Arabic news articles",
  positionals: "[FILES|DIRS|-]",
  description: `Inputs: JSONL articles (one {"id","published","title","text",…} per line), .txt files
(first line = title, rest = text, id = file name) and .html pages. Directories are read
recursively; "-" or no argument reads JSONL from standard input.
A bad line or file is reported on stderr (rasd: file:line: what) and skipped; the exit code is then 1.
An article with no Arabic text and an input with no article are warned about (exit code 0).`,
  options: {
    published: { type: "string", placeholder: "YYYY-MM-DD", description: "Publication day for articles that carry none" },
    format: { type: "string", choices: ["jsonl", "json", "csv"], default: "jsonl", description: "Output format" },
    out: { type: "string", short: "o", placeholder: "FILE", description: "Write to FILE instead of stdout" },
    db: { type: "string", placeholder: "FILE", description: "Also geocode with the places imported or added to this store (rasd gazetteer)" },
    explain: { type: "boolean", description: "Print a readable report: each field, its rule, lexicon entry and evidence span" },
    ...jobsOptionOf(extractJobs(), "Extract on N threads, this one and N-1 workers (1: this thread only); output keeps the input's order"),
  },
  async run({ options, positionals }, io) {
    const published = options.published;
    if (published !== undefined && toIsoDay(published) !== published) {
      throw new RasdError("usage", `extract: --published must be a real day YYYY-MM-DD (got "${published}")`);
    }
    const format: OutputFormat = options.explain ? "explain" : (options.format as OutputFormat);
    const jobs = jobsOption("extract", options.jobs);
    const { createExtractionPool } = await import("../../parallel/extraction-pool.ts");
    const pool = await createExtractionPool({ jobs, mentions: false, inThread: true, boundedHeap: true, ...(options.db === undefined ? {} : { db: options.db }) });
    const tally: ReadTally = { failed: 0 };
    let articles = 0;
    let events = 0;
    try {
      const output = await openOutput(options.out, io.stdout);
      const writer = createEventWriter(format, output.stream);
      try {
        const read = reportedArticles(readArticles(positionals, io.stdin, { published: published ?? null }), io.stderr, tally);
        // Workers extract ahead; the events come back, and are written, in the order of the input.
        for await (const { item, outcome } of pool.inOrder(read, (r) => r.article)) {
          if (outcome === null) continue; // every item read here is an article
          if (outcome.kind === "failed") {
            tally.failed++;
            io.stderr.write(formatMessage(formatLocation(item.origin), `article "${item.article.id}": extraction failed: ${outcome.message}`));
            continue;
          }
          articles++;
          events += outcome.extraction.events.length;
          const written = writer.writeArticle(item.article, outcome.extraction.events);
          if (written !== undefined) await written;
        }
        await writer.finish();
      } catch (error) {
        // The events extracted before the failure still reach the output (a failed write fails again: ignored).
        await writer.flush().catch(() => {});
        throw error;
      } finally {
        await output.close();
      }
    } finally {
      await pool.close();
    }
    if (tally.failed > 0) io.stderr.write(formatMessage("extract", `${articles} article(s) read, ${events} event(s), ${tally.failed} input(s) failed`));
    return tally.failed > 0 ? 1 : 0;
  },
});
