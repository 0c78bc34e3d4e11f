import { articleProblem } from "../io/article-limits.ts";
import { articleWarning } from "../io/article-warning.ts";
import type { Article } from "../model/article.ts";
import type { ExtractionOutcome } from "../parallel/extraction-outcome.ts";
import type { IngestContext, IngestItemReport } from "./ingest-context.ts";
import { findDuplicate, storeArticle } from "./store-article.ts";

/**
 * Ingest one article: skip it if it is a duplicate (checked before the costly extraction), extract
 * its events, store everything in one transaction. Never throws for a bad article: the problem is
 * returned as an error report. `extracted`: the article's extraction when a worker already ran it.
 */
export async function ingestArticle(ctx: IngestContext, article: Article, sourceKind: string, where: string, extracted?: ExtractionOutcome | null): Promise<IngestItemReport & { reports: number }> {
  try {
    const problem = articleProblem(article);
    if (problem !== null) return { outcome: "error", where, detail: problem.detail, reports: 0 };
    const keys = extracted?.kind === "extracted" ? extracted.keys : undefined;
    const duplicate = await findDuplicate(ctx.store, article, keys?.contentHash);
    if (duplicate !== null) return describe(duplicate, where, 0);
    if (article.text.trim() === "") return { outcome: "error", where, detail: "empty text", reports: 0 };
    if (ctx.enqueue !== undefined) {
      const turn = await ctx.enqueue(article, sourceKind, where);
      return { outcome: "stored", where, articleId: article.id, detail: `queued (turn ${turn})`, reports: 0 };
    }
    const extraction = extracted ? extractionOf(extracted) : ctx.extractor(article);
    const framing = extracted?.kind === "extracted" ? extracted.framing : undefined;
    const outcome = await storeArticle(ctx.store, { article, sourceKind, extraction, now: ctx.now(), ...(framing === undefined ? {} : { framing }), ...(keys === undefined ? {} : { keys }) });
    const report = describe(outcome, where, outcome.status === "stored" ? outcome.reports : 0);
    const warning = report.outcome === "stored" ? articleWarning(article) : null;
    return warning === null ? report : { ...report, warning };
  } catch (error) {
    return { outcome: "error", where, detail: `cannot ingest: ${(error as Error).message}`, reports: 0 };
  }
}

function extractionOf(outcome: ExtractionOutcome) {
  if (outcome.kind === "failed") throw new Error(outcome.message);
  return outcome.extraction;
}

function describe(outcome: Awaited<ReturnType<typeof storeArticle>>, where: string, reports: number): IngestItemReport & { reports: number } {
  switch (outcome.status) {
    case "stored":
      return {
        outcome: "stored",
        where,
        articleId: outcome.articleId,
        detail: `${outcome.reports} event report(s)${outcome.syndicatedOf ? `, syndicated copy of ${outcome.syndicatedOf}` : ""}`,
        reports,
      };
    case "duplicate":
      return { outcome: "duplicate", where, articleId: outcome.articleId, detail: `already stored as ${outcome.articleId} (${outcome.reason})`, reports };
    case "conflict":
      return { outcome: "error", where, articleId: outcome.articleId, detail: outcome.reason, reports };
    default: {
      const never: never = outcome;
      return never;
    }
  }
}
