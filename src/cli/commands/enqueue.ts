import { RasdError } from "../../errors/rasd-error.ts";
import { inputKindOf } from "../../io/input-kind.ts";
import { readArticles } from "../../io/read-articles.ts";
import { type IngestArticleJob, openJobQueue } from "../../store/job-queue.ts";
import { openStore } from "../../store/open-store.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { displayLocation, isPostgresUrl } from "../../store/store-dialect.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";

/** `rasd enqueue --db postgres://… FILES`: put articles on the store's queue for `rasd worker`. */
export const enqueueCommand = defineCommand({
  name: "enqueue",
  summary: "Put the articles of files on a PostgreSQL store's job queue, for rasd worker",
  positionals: "FILES|DIRS|-",
  description: `Reads JSONL, .txt and .html files (or directories of them) as rasd ingest does, and queues one job
per article; rasd worker processes store them. Bad lines are reported and left out.`,
  options: {
    db: { type: "string", placeholder: "URL", description: "PostgreSQL store (postgres://…; default: RASD_DATABASE_URL)" },
    published: { type: "string", placeholder: "YYYY-MM-DD", description: "Publication day for articles that carry none" },
  },
  async run({ options, positionals }, io) {
    const url = options.db ?? defaultDbPath();
    if (!isPostgresUrl(url)) throw new RasdError("usage", "enqueue: --db must be a PostgreSQL store (postgres://…): the job queue lives there");
    const store = await openStore(url);
    const queue = await openJobQueue(url);
    let errors = 0;
    const jobs: IngestArticleJob[] = [];
    try {
      for await (const result of readArticles(positionals, io.stdin, { published: options.published ?? null })) {
        if (result.kind === "error") {
          errors += result.count;
          io.stderr.write(formatMessage(result.error.location?.file ?? "input", result.error.detail));
          continue;
        }
        if (result.kind !== "article") continue;
        const where = result.origin.line === undefined ? result.origin.file : `${result.origin.file}:${result.origin.line}`;
        jobs.push({ kind: "article", article: result.article, sourceKind: inputKindOf(result.origin.file) ?? "jsonl", where });
      }
      // Turns in the order read: workers merge in this order, whatever order they finish extracting.
      // Turns and jobs commit in one transaction: a crash leaves both or neither.
      await queue.enqueueArticles(store, jobs);
    } finally {
      await queue.stop();
      await store.close();
    }
    io.stderr.write(formatMessage(displayLocation(url), `queued ${jobs.length} article(s); ${errors} error(s)`));
    return errors > 0 ? 1 : 0;
  },
});
