import { setTimeout as sleep } from "node:timers/promises";
import type { IngestJob } from "../store/job-queue.ts";
import { articleProblem } from "../io/article-limits.ts";
import type { IngestContext, IngestSummary } from "./ingest-context.ts";
import { count } from "./ingest-page.ts";
import { pollFeed } from "./poll-feed.ts";
import { closeTurn } from "../store/ingest-turns.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import { findDuplicate, NotYourTurn, storeArticle } from "./store-article.ts";

/**
 * Do one job of the queue. An article: checked, its duplicate looked up before the costly
 * extraction, then stored and merged in one transaction; a job handed out twice (its first worker
 * was killed after committing) finds its article stored and changes nothing. A failure of the
 * database throws, so the queue retries the job later; a bad article is reported and done with.
 * A feed: polled as `rasd watch` polls it (due or not, validators, backoff), its items ingested.
 */
export async function runIngestJob(ctx: IngestContext, job: IngestJob, summary: IngestSummary): Promise<void | "later"> {
  switch (job.kind) {
    case "article": {
      const { article, sourceKind, where, turn } = job;
      const problem = articleProblem(article);
      if (problem !== null || article.text.trim() === "") {
        if (turn !== undefined) await withWriteTransaction(ctx.store, (session) => closeTurn(session, turn));
        summary.errors++;
        ctx.report({ outcome: "error", where, detail: problem?.detail ?? "empty text" });
        return;
      }
      // A queued article is merged in its turn (the duplicate check then runs inside storeArticle).
      const duplicate = turn === undefined ? await findDuplicate(ctx.store, article) : null;
      if (duplicate !== null) {
        count(summary, "duplicate", 0);
        ctx.report({ outcome: "duplicate", where, articleId: duplicate.articleId, detail: `already stored as ${duplicate.articleId}` });
        return;
      }
      const extraction = ctx.extractor(article);
      const outcome = await inTurn(() => storeArticle(ctx.store, { article, sourceKind, extraction, now: ctx.now(), ...(turn === undefined ? {} : { turn }) }));
      if (outcome === "later") return "later";
      if (outcome.status === "stored") {
        count(summary, "stored", outcome.reports);
        ctx.report({ outcome: "stored", where, articleId: outcome.articleId, detail: `${outcome.reports} event report(s)` });
      } else if (outcome.status === "duplicate") {
        count(summary, "duplicate", 0);
        ctx.report({ outcome: "duplicate", where, articleId: outcome.articleId, detail: `already stored as ${outcome.articleId} (${outcome.reason})` });
      } else {
        summary.errors++;
        ctx.report({ outcome: "error", where, articleId: outcome.articleId, detail: outcome.reason });
      }
      return;
    }
    case "poll": {
      // A failed poll is not retried as a job: the feed's state backs it off, and watch enqueues it again.
      await pollFeed(ctx, job.url, job.everyMs, new Date(), summary);
      return;
    }
    default: {
      const never: never = job;
      throw new Error(`unknown job ${JSON.stringify(never)}`);
    }
  }
}

/** How long a job waits for its turn before it gives its worker back ("later"). */
const TURN_WAIT_MS = 3000;

/** Run `store` once it is this article's turn (earlier queued articles commit first), or say "later". */
async function inTurn<T>(store: () => Promise<T>): Promise<T | "later"> {
  const until = Date.now() + TURN_WAIT_MS;
  for (let wait = 10; ; wait = Math.min(200, wait * 2)) {
    try {
      return await store();
    } catch (error) {
      if (!(error instanceof NotYourTurn)) throw error;
      if (Date.now() > until) return "later";
      await sleep(wait);
    }
  }
}
