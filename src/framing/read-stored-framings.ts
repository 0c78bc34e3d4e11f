/**
 * The store side of framing: the framing summaries of every stored article, and the claims of the
 * reports of one merged event. The pure functions (readArticleFraming, compareReports) do the work;
 * this file only queries.
 */
import { articlesWithoutFraming, saveArticleFramings, storedFramingSummaries } from "../store/article-framings.ts";
import { actorSpansOf, eventReportsWithArticles, framingArticles } from "../store/framing-rows.ts";
import type { Store } from "../store/store.ts";
import type { StoreSession } from "../store/store-session.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import type { ArticleFramingSummary } from "./article-framing-summary.ts";
import type { ActorRole, ReportClaim } from "./compare-reports.ts";
import type { FramingLexicon } from "./framing-lexicon-schema.ts";
import { framingRecordOf } from "./framing-record.ts";
import { framingLexiconVersion } from "./framing-lexicon-version.ts";
import { readArticleFraming } from "./read-article-framing.ts";

/** Articles read and their summaries written per transaction when rows are missing. */
const FILL_BATCH = 500;

/**
 * Summaries of all stored articles, by article id, as `lexicon` reads them. Ingest writes each
 * article's summary with it; an article with no summary of this lexicon's version (stored before
 * migration 0012, or read with an older lexicon) is read now and its summary written, so the next
 * call only reads rows. The outlet is as the articles gave it (the `outlet` field, or the domain for
 * pages and feeds), so profiles carry the names users know their sources by.
 */
export async function loadFramingSummaries(store: Store, lexicon: FramingLexicon): Promise<ArticleFramingSummary[]> {
  const version = framingLexiconVersion(lexicon);
  const missing = await articlesWithoutFraming(store, version);
  for (let i = 0; i < missing.length; i += FILL_BATCH) {
    const articles = await framingArticles(store, missing.slice(i, i + FILL_BATCH));
    const summaries = articles.map((r) => ({
      outletId: r.outlet_id,
      summary: framingRecordOf({ id: r.id, url: r.url, outlet: r.outlet_name ?? r.outlet_id, published: r.published, title: r.title, text: r.text }, lexicon).summary,
    }));
    // Derived rows change no answer: the store's version (and every cached count) stays.
    await withWriteTransaction(store, (session) => saveArticleFramings(session, version, summaries), { raiseVersion: false });
  }
  return storedFramingSummaries(store, version);
}

/**
 * One claim per stored report of the merged event `eventId` (empty when there is none). Actor names
 * as written come from the article's actor spans that support the report and carry the actor's key.
 */
export async function loadEventClaims(store: StoreSession, eventId: string, lexicon: FramingLexicon): Promise<ReportClaim[]> {
  const reports = await eventReportsWithArticles(store, eventId);
  const claims: ReportClaim[] = [];
  for (const r of reports) {
    const spans = await actorSpansOf(store, r.article_id);
    const supporting = spans.filter((s) => parseIds(s.event_ids_json).includes(r.local_event_id));
    const named = (key: string | null): string | null => (key === null ? null : (supporting.find((s) => s.value === key)?.text ?? null));
    const actors: { role: ActorRole; key: string | null; as_written: string | null }[] = [
      { role: "actor1", key: r.actor1, as_written: named(r.actor1) },
      { role: "actor2", key: r.actor2, as_written: named(r.actor2) },
    ];
    const outlet = r.outlet_id ?? "(unknown)";
    const reading = readArticleFraming({ id: r.article_id, url: r.url, outlet, published: r.published, title: r.title, text: r.text }, lexicon);
    claims.push({
      outlet,
      article_id: r.article_id,
      camp: reading.camp,
      actors,
      source: r.source,
      killed: r.killed,
      injured: r.injured,
      evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    });
  }
  return claims;
}

function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
