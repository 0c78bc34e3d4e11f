import type { Insertable } from "kysely";
import type { Extractor } from "../src/extract/create-extractor.ts";
import { contentHash } from "../src/ingest/content-hash.ts";
import { signatureBands, textSignature } from "../src/ingest/text-signature.ts";
import { reportFromEvent } from "../src/merge/report-from-event.ts";
import { summarizeEvent } from "../src/merge/summarize-event.ts";
import type { Article } from "../src/model/article.ts";
import type { ConflictEvent } from "../src/model/conflict-event.ts";
import { bulkInsert } from "../src/store/bulk-insert.ts";
import type { ArticleBandTable, ArticleTable, BandRootTable, EventTable, ReportTable } from "../src/store/database-schema.ts";
import { outletKey } from "../src/store/outlet-key.ts";
import type { Store } from "../src/store/store.ts";
import { withWriteTransaction } from "../src/store/with-write-transaction.ts";

/** Articles per transaction of the fill. */
const CHUNK = 5_000;

/**
 * Fill `store` with `count` stored articles as ingest would have left them, each its own event:
 * the article row with its signature, its bands (article_bands, band_roots), its reports and one
 * event per report — written as bulk rows, not ingested, so 100,000 take a minute, not an hour.
 * The articles repeat `period` patterns (`articleAt(i)` and `articleAt(i % period)` differ only in
 * words the extractor does not read and in their day): only the patterns are extracted, and each
 * article's events are its pattern's, moved to its own day. Left out: the search index and the
 * spans (ingest writes them and never reads them), and planner statistics (ANALYZE): a store grown
 * by ingest has none, and with them SQLite planned some merge reads differently.
 */
export async function fillStoredArticles(store: Store, count: number, articleAt: (i: number) => Article, extract: Extractor, period: number, now: string): Promise<void> {
  const patterns = new Map<number, { readonly published: string | null; readonly events: readonly ConflictEvent[] }>();
  const eventsOf = (i: number, published: string | null): ConflictEvent[] => {
    const key = i % period;
    let pattern = patterns.get(key);
    if (pattern === undefined) {
      const article = articleAt(key);
      pattern = { published: article.published, events: extract(article).events };
      patterns.set(key, pattern);
    }
    const from = pattern.published;
    return pattern.events.map((event) => (event.date !== null && event.date === from ? { ...event, date: published } : event));
  };
  const outlets = new Map<string, string>();
  for (let first = 0; first < count; first += CHUNK) {
    const articles: Insertable<ArticleTable>[] = [];
    const bands: Insertable<ArticleBandTable>[] = [];
    const roots: Insertable<BandRootTable>[] = [];
    const reports: Insertable<ReportTable>[] = [];
    const events: Insertable<EventTable>[] = [];
    const newOutlets: { id: string; name: string; first_seen: string }[] = [];
    for (let i = first; i < Math.min(count, first + CHUNK); i++) {
      const article = articleAt(i);
      const outletId = article.outlet === null ? null : outletKey(article.outlet);
      if (outletId !== null && !outlets.has(outletId)) {
        outlets.set(outletId, article.outlet!);
        newOutlets.push({ id: outletId, name: article.outlet!, first_seen: now });
      }
      const hash = contentHash(article.text);
      const signature = textSignature(article.text);
      articles.push({ id: article.id, url: article.url, outlet_id: outletId, published: article.published, title: article.title, text: article.text, content_hash: hash, syndicated_of: null, signature: JSON.stringify(signature), source_kind: "jsonl", ingested_at: now });
      for (const band of signatureBands(signature)) {
        bands.push({ band, article_id: article.id });
        roots.push({ band, root: article.id });
      }
      const own = new Map([[article.id, { id: article.id, outlet_id: outletId, syndicated_of: null }]]);
      eventsOf(i, article.published).forEach((event, ordinal) => {
        const report = reportFromEvent(event, article.id, hash, ordinal);
        const merged = summarizeEvent([report], own);
        events.push({ ...merged, merge_reasons_json: "[]", updated_at: now });
        reports.push({ ...report, event_id: merged.event_id });
      });
    }
    // In key order, each chunk's band rows land side by side in the B-trees instead of at random pages.
    const byBand = (a: { band: string }, b: { band: string }) => (a.band < b.band ? -1 : a.band > b.band ? 1 : 0);
    bands.sort(byBand);
    roots.sort(byBand);
    await withWriteTransaction(store, async (session) => {
      await bulkInsert(session, "outlets", newOutlets);
      await bulkInsert(session, "articles", articles);
      await bulkInsert(session, "article_bands", bands);
      await bulkInsert(session, "band_roots", roots);
      await bulkInsert(session, "events", events);
      await bulkInsert(session, "reports", reports);
    });
  }
}
