import { parseHtmlArticle } from "../io/parse-html-article.ts";
import type { Article } from "../model/article.ts";
import { articleIdFor, outletOfUrl } from "./article-id-for.ts";
import { failureDetail } from "./guard-item.ts";
import { ingestArticle } from "./ingest-article.ts";
import type { IngestContext, IngestItemReport, IngestSummary } from "./ingest-context.ts";

/**
 * Ingest one fetched web page; `published` from the feed item is used when the page has no date. A
 * page the parser refuses (too many elements, nested too deep) is reported at its URL.
 */
export async function ingestPage(ctx: IngestContext, url: string, finalUrl: string, html: string, published: string | null, summary: IngestSummary, sourceKind = "url"): Promise<string | null> {
  let parsed: Article;
  try {
    parsed = parseHtmlArticle(html, articleIdFor(url), published ?? ctx.fallbackPublished);
  } catch (error) {
    summary.errors++;
    ctx.report({ outcome: "error", where: url, detail: failureDetail(error) });
    return null;
  }
  const article = { ...parsed, url, outlet: outletOfUrl(finalUrl) ?? parsed.outlet, published: parsed.published ?? published };
  const result = await ingestArticle(ctx, article, sourceKind, url);
  count(summary, result.outcome, result.reports);
  ctx.report(result);
  return result.outcome === "error" ? null : (result.articleId ?? null);
}

export function count(summary: IngestSummary, outcome: IngestItemReport["outcome"], reports: number): void {
  switch (outcome) {
    case "stored":
      summary.stored++;
      break;
    case "duplicate":
      summary.duplicates++;
      break;
    case "error":
      summary.errors++;
      break;
    case "warning":
      break;
    default: {
      const never: never = outcome;
      return never;
    }
  }
  summary.reports += reports;
}
