import { RasdError } from "../errors/rasd-error.ts";
import { parseHtmlArticle } from "../io/parse-html-article.ts";
import { safeFetch } from "../net/safe-fetch.ts";
import { articleIdOfUrl, markFeedItemSeen, seenFeedItem } from "../store/feed-state.ts";
import { articleIdFor, outletOfUrl } from "./article-id-for.ts";
import { decodeBody } from "./decode-body.ts";
import { guardItem } from "./guard-item.ts";
import { ingestArticle } from "./ingest-article.ts";
import type { IngestContext, IngestSummary } from "./ingest-context.ts";
import { count, ingestPage } from "./ingest-page.ts";
import { type FeedItem, parseFeed } from "./parse-feed.ts";

/**
 * Ingest every item of a feed document. Items already seen in this feed (table feed_items) are
 * skipped without any fetch, so a restarted watch does not re-ingest. An item that holds only a
 * summary is replaced by its linked page; an item whose page cannot be fetched is reported and not
 * marked seen, so the next poll tries again. Each item runs inside its own failure boundary
 * (guard-item.ts): a page that breaks the parser fails that item only.
 */
export async function ingestFeedDocument(ctx: IngestContext, feedUrl: string, xml: string, summary: IngestSummary): Promise<void> {
  let items: readonly FeedItem[];
  let feedLink: string | null;
  try {
    const feed = parseFeed(xml);
    items = feed.items;
    feedLink = feed.link;
  } catch (error) {
    summary.errors++;
    ctx.report({ outcome: "error", where: feedUrl, detail: `malformed feed: ${(error as Error).message}` });
    return;
  }
  for (const item of items) {
    const where = `${feedUrl} › ${item.title ?? item.link ?? item.key}`;
    if (item.key === "") {
      summary.errors++;
      ctx.report({ outcome: "error", where, detail: "feed item with no guid, link or title" });
      continue;
    }
    await guardItem(ctx, summary, where, async () => {
      const seen = await seenFeedItem(ctx.store, feedUrl, item.key);
      if (seen) {
        summary.duplicates++;
        ctx.report({ outcome: "duplicate", where, detail: "feed item already ingested", ...(seen.article_id ? { articleId: seen.article_id } : {}) });
        return;
      }
      const articleId = await ingestItem(ctx, feedUrl, feedLink, item, where, summary);
      if (articleId !== undefined) {
        await markFeedItemSeen(ctx.store, feedUrl, item.key, articleId, ctx.now());
      }
    });
  }
}

/** Returns the stored (or duplicate) article id, null for an item that is done but holds nothing, undefined to retry later. */
async function ingestItem(ctx: IngestContext, feedUrl: string, feedLink: string | null, item: FeedItem, where: string, summary: IngestSummary): Promise<string | null | undefined> {
  const url = item.link === null ? null : absolute(item.link, feedUrl);
  let inline: string | null;
  try {
    inline = item.content === null ? null : parseHtmlArticle(`<html><body>${item.content}</body></html>`, "", null).text;
  } catch (error) {
    if (!(error instanceof RasdError)) throw error;
    // Refused by the page limits: it will be refused again, so the item is done (marked seen).
    summary.errors++;
    ctx.report({ outcome: "error", where, detail: error.detail });
    return null;
  }
  const full = inline !== null && inline.length >= ctx.summaryChars;
  if (url !== null && !full) {
    const known = await articleIdOfUrl(ctx.store, url);
    if (known !== undefined) {
      summary.duplicates++;
      ctx.report({ outcome: "duplicate", where, articleId: known, detail: `already stored as ${known} (same url)` });
      return known;
    }
    try {
      const fetched = await safeFetch(url, ctx.fetchPolicy);
      const html = decodeBody(fetched.body ?? new Uint8Array(0), fetched.headers.get("content-type"));
      const id = await ingestPage(ctx, url, fetched.url, html, item.published, summary, "feed");
      return id ?? undefined;
    } catch (error) {
      summary.errors++;
      ctx.report({ outcome: "error", where, detail: `cannot fetch the item's page: ${(error as Error).message}` });
      return undefined;
    }
  }
  if (inline === null || inline.trim() === "") {
    summary.errors++;
    ctx.report({ outcome: "error", where, detail: "feed item with no text and no link" });
    return null;
  }
  const article = {
    id: articleIdFor(url ?? `${feedUrl}#${item.key}`),
    url,
    outlet: outletOfUrl(url ?? feedLink ?? feedUrl),
    published: item.published ?? ctx.fallbackPublished,
    title: item.title,
    text: inline,
  };
  const result = await ingestArticle(ctx, article, "feed", where);
  count(summary, result.outcome, result.reports);
  ctx.report(result);
  return result.outcome === "error" ? undefined : (result.articleId ?? null);
}

function absolute(link: string, base: string): string | null {
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}
