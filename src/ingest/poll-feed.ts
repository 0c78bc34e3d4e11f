import { safeFetch } from "../net/safe-fetch.ts";
import { feedHasItems, feedState, updateFeedState } from "../store/feed-state.ts";
import { decodeBody } from "./decode-body.ts";
import { fetchErrorDetail } from "./fetch-error-detail.ts";
import type { IngestContext, IngestSummary } from "./ingest-context.ts";
import { ingestFeedDocument } from "./ingest-feed.ts";
import { looksLikeFeed } from "./parse-feed.ts";

/** Longest wait between polls of a failing feed. */
export const MAX_BACKOFF_MS = 24 * 3600_000;

export type PollOutcome = "not-due" | "not-modified" | "fetched" | "failed";

/**
 * Poll one feed if it is due: a conditional GET (If-None-Match / If-Modified-Since from the last
 * answer), new items ingested, the feed's state kept in the `feeds` table so a restarted watch
 * carries on. Failures back off exponentially (every × 2^failures, at most a day). The ETag and
 * Last-Modified are kept only when every item of the answer was stored.
 */
export async function pollFeed(ctx: IngestContext, url: string, everyMs: number, now: Date, summary: IngestSummary): Promise<PollOutcome> {
  const state = await feedState(ctx.store, url);
  if (state.next_check !== null && Date.parse(state.next_check) > now.getTime()) return "not-due";
  const headers: Record<string, string> = {};
  if (state.etag) headers["if-none-match"] = state.etag;
  if (state.last_modified) headers["if-modified-since"] = state.last_modified;
  try {
    const fetched = await safeFetch(url, ctx.fetchPolicy, { headers });
    if (fetched.status === 304) {
      await updateFeedState(ctx.store, url, { last_checked: now.toISOString(), next_check: new Date(now.getTime() + everyMs).toISOString(), failures: 0, last_status: 304, last_error: null });
      return "not-modified";
    }
    const xml = decodeBody(fetched.body ?? new Uint8Array(0), fetched.headers.get("content-type"));
    if (!looksLikeFeed(xml)) throw new Error("the answer is not an RSS or Atom feed");
    const errorsBefore = summary.errors;
    await ingestFeedDocument(ctx, url, xml, summary);
    const complete = summary.errors === errorsBefore;
    if (!complete && !(await feedHasItems(ctx.store, url))) {
      throw new Error("no item of the feed could be ingested");
    }
    // Validators only when every item went in: with an item still to retry, a saved ETag would
    // make the next answer a 304 and the item would never be tried again.
    await updateFeedState(ctx.store, url, {
        etag: complete ? fetched.headers.get("etag") : null,
        last_modified: complete ? fetched.headers.get("last-modified") : null,
        last_checked: now.toISOString(),
        next_check: new Date(now.getTime() + everyMs).toISOString(),
        failures: 0,
        last_status: fetched.status,
        last_error: null,
      });
    return "fetched";
  } catch (error) {
    const failures = state.failures + 1;
    const wait = Math.min(MAX_BACKOFF_MS, everyMs * 2 ** failures);
    await updateFeedState(ctx.store, url, { failures, last_checked: now.toISOString(), next_check: new Date(now.getTime() + wait).toISOString(), last_error: (error as Error).message });
    summary.errors++;
    ctx.report({ outcome: "error", where: url, detail: `${fetchErrorDetail(error, url)} (failure ${failures}, next try in ${Math.round(wait / 60_000)} min)` });
    return "failed";
  }
}
