import { RasdError } from "../../errors/rasd-error.ts";
import type { IngestContext, IngestItemReport } from "../../ingest/ingest-context.ts";
import { countItems, ingestInputs } from "../../ingest/ingest-inputs.ts";
import { ProgressBar } from "../../ingest/progress-bar.ts";
import { toIsoDay } from "../../io/to-iso-day.ts";
import type { ExtractionPool } from "../../parallel/extraction-pool.ts";
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from "../../net/safe-fetch.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { openStore } from "../../store/open-store.ts";
import { defineCommand } from "../command.ts";
import { formatIngestReport } from "../format-ingest-report.ts";
import { formatMessage } from "../format-message.ts";
import { ingestJobs, jobsOption, jobsOptionOf } from "../jobs-option.ts";
import { loadExtractor } from "../load-extractor.ts";

/** Network options shared by `ingest` and `watch`. */
export const NETWORK_OPTIONS = {
  "allow-private": { type: "boolean", description: "Allow fetching loopback, private and link-local addresses" },
  timeout: { type: "string", default: "20", placeholder: "SECONDS", description: "Give up on a URL after this long" },
  "max-bytes": { type: "string", default: String(DEFAULT_FETCH_POLICY.maxBytes), placeholder: "N", description: "Refuse bodies larger than this" },
} as const;

export function fetchPolicyOf(command: string, options: { "allow-private": boolean; timeout: string; "max-bytes": string }): FetchPolicy {
  const timeout = Number(options.timeout);
  const maxBytes = Number(options["max-bytes"]);
  if (!(timeout > 0) || !(maxBytes > 0)) throw new RasdError("usage", `${command}: --timeout and --max-bytes must be positive numbers (got "${options.timeout}" and "${options["max-bytes"]}")`);
  return { ...DEFAULT_FETCH_POLICY, allowPrivate: options["allow-private"], timeoutMs: timeout * 1000, maxBytes };
}

export const ingestCommand = defineCommand({
  name: "ingest",
  summary: "Store articles (files, directories, URLs, RSS/Atom feeds), extract and merge their events",
  positionals: "[FILES|DIRS|URLS|FEEDS|-]",
  description: `Inputs: JSONL, .txt and .html files or directories of them; .xml/.rss/.atom feed files; http(s)
URLs of web pages or feeds. Each article is stored in one transaction; the same URL or text is stored
once; near-identical texts from two outlets are linked as syndicated copies. Bad items are reported
(rasd: where: what) and skipped; the rest goes in, and the exit code is then 1. An article with no
Arabic text and an input with no article are warned about (exit code 0).`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    published: { type: "string", placeholder: "YYYY-MM-DD", description: "Publication day for articles that carry none" },
    quiet: { type: "boolean", description: "Report only errors and the summary" },
    ...jobsOptionOf(ingestJobs(), "Extract on N worker threads (1: in the main thread); output keeps the input's order"),
    ...NETWORK_OPTIONS,
  },
  async run({ options, positionals }, io) {
    const published = options.published ?? null;
    if (published !== null && toIsoDay(published) !== published) throw new RasdError("usage", `ingest: --published must be a real day YYYY-MM-DD (got "${published}")`);
    const policy = fetchPolicyOf("ingest", options);
    const jobs = jobsOption("ingest", options.jobs);
    const store = await openStore(options.db ?? defaultDbPath());
    const bar = new ProgressBar(io.stderr);
    let pool: ExtractionPool | undefined;
    try {
      // Only the extraction of local files runs in workers; this thread stores, in input order.
      if (jobs > 1) pool = await (await import("../../parallel/extraction-pool.ts")).createExtractionPool({ jobs, db: store.path, framing: true, keys: true });
      if (bar.enabled) bar.setTotal(await countItems(positionals));
      const report = (item: IngestItemReport) => {
        const text = formatIngestReport(item, !options.quiet && !bar.enabled);
        if (text === "") return;
        bar.clear();
        io.stderr.write(text);
      };
      const ctx: IngestContext = {
        store,
        extractor: await loadExtractor({ db: store.path }),
        fetchPolicy: policy,
        fallbackPublished: published,
        summaryChars: 600,
        now: () => new Date().toISOString(),
        report,
        ...(pool === undefined ? {} : { pool }),
      };
      const summary = await ingestInputs(ctx, positionals, { stdin: io.stdin, onProgress: (done, s) => bar.update(done, `stored ${s.stored}, duplicates ${s.duplicates}, errors ${s.errors}`) });
      bar.clear();
      io.stderr.write(formatMessage(store.path, `ingested ${summary.stored} article(s) with ${summary.reports} event report(s); ${summary.duplicates} duplicate(s), ${summary.errors} error(s)`));
      return summary.errors > 0 ? 1 : 0;
    } finally {
      await pool?.close();
      await store.close();
    }
  },
});
