import { safeFetch } from "../net/safe-fetch.ts";
import { articleIdOfUrl } from "../store/feed-state.ts";
import { decodeBody } from "./decode-body.ts";
import { fetchErrorDetail } from "./fetch-error-detail.ts";
import type { IngestContext, IngestSummary } from "./ingest-context.ts";
import { ingestFeedDocument } from "./ingest-feed.ts";
import { ingestPage } from "./ingest-page.ts";
import { looksLikeFeed } from "./parse-feed.ts";

/**
 * Ingest what a URL holds: a feed (every item) or a web page (one article). A page already stored
 * under this URL is not fetched again.
 */
export async function ingestUrl(ctx: IngestContext, url: string, summary: IngestSummary): Promise<void> {
  const known = await articleIdOfUrl(ctx.store, url);
  if (known !== undefined) {
    summary.duplicates++;
    ctx.report({ outcome: "duplicate", where: url, articleId: known, detail: `already stored as ${known} (same url)` });
    return;
  }
  let body: string;
  let finalUrl: string;
  try {
    const fetched = await safeFetch(url, ctx.fetchPolicy);
    body = decodeBody(fetched.body ?? new Uint8Array(0), fetched.headers.get("content-type"));
    finalUrl = fetched.url;
  } catch (error) {
    summary.errors++;
    ctx.report({ outcome: "error", where: url, detail: fetchErrorDetail(error, url) });
    return;
  }
  if (looksLikeFeed(body)) {
    await ingestFeedDocument(ctx, url, body, summary);
    return;
  }
  await ingestPage(ctx, url, finalUrl, body, null, summary);
}
