import type { Insertable } from "kysely";
import type { PlaceTable } from "./database-schema.ts";
import { chunks } from "./merge-queries.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";
import type { ReportRecord } from "../model/report-record.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";
import type { Article } from "../model/article.ts";
import type { StoredReport } from "./merge-queries.ts";

/** A stored article as rasd reprocess reads it back, in ingest order. */
export interface StoredArticle {
  readonly article: Article;
  readonly contentHash: string;
}

/** Stored articles published on or after `since` (all when null; undated ones only then), in ingest order. */
export async function storedArticles(session: StoreSession, since: string | null): Promise<StoredArticle[]> {
  const db = queryBuilder(session);
  let query = db
    .selectFrom("articles")
    .leftJoin("outlets", "outlets.id", "articles.outlet_id")
    .select(["articles.id", "articles.url", "outlets.name as outlet", "articles.published", "articles.title", "articles.text", "articles.content_hash"])
    .orderBy("articles.ingested_at")
    .orderBy("articles.id");
  if (since !== null) query = query.where("articles.published", ">=", since);
  const rows = await query.execute();
  return rows.map((r) => ({ article: { id: r.id, url: r.url, outlet: r.outlet ?? null, published: r.published, title: r.title, text: r.text }, contentHash: r.content_hash }));
}

export async function reportsOfArticle(session: StoreSession, articleId: string): Promise<StoredReport[]> {
  const db = queryBuilder(session);
  return db.selectFrom("reports").selectAll().where("article_id", "=", articleId).orderBy("ordinal").execute();
}

/** Replace an article's reports, spans and the places its events name (one transaction, the caller's). */
export async function replaceArticleReports(session: StoreSession, articleId: string, reports: readonly ReportRecord[], extraction: ArticleExtraction): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("reports").where("article_id", "=", articleId).execute();
  await db.deleteFrom("spans").where("article_id", "=", articleId).execute();
  await insertArticleReports(session, articleId, reports, extraction);
}

/**
 * Write an article's reports (no event yet), the gazetteer places its events name, and its spans:
 * one multi-row INSERT each (a long article's 40 spans were 40 statements), rows in the order they
 * were written one by one before, so ids and the first of two rows for one place are the same.
 */
export async function insertArticleReports(session: StoreSession, articleId: string, reports: readonly ReportRecord[], extraction: ArticleExtraction): Promise<void> {
  const db = queryBuilder(session);
  for (const chunk of chunks(reports, ROWS_PER_INSERT)) await db.insertInto("reports").values(chunk).execute();
  const places = new Map<string, Insertable<PlaceTable>>();
  for (const event of extraction.events) {
    const loc = event.location;
    if (loc.gazetteer_id === null || places.has(loc.gazetteer_id)) continue;
    places.set(loc.gazetteer_id, { gazetteer_id: loc.gazetteer_id, name_ar: loc.name_ar, admin1: loc.admin1, admin2: loc.admin2 ?? null, admin3: loc.admin3 ?? null, lat: loc.lat, lon: loc.lon });
  }
  for (const chunk of chunks([...places.values()], ROWS_PER_INSERT)) await db.insertInto("places").values(chunk).onConflict((oc) => oc.doNothing()).execute();
  const spans = extraction.mentions.map((m, ordinal) => ({ article_id: articleId, ordinal, kind: m.kind, start: m.start, end: m.end, text: m.text, value: m.value, rule: m.rule, event_ids_json: JSON.stringify(m.event_ids) }));
  for (const chunk of chunks(spans, ROWS_PER_INSERT)) await db.insertInto("spans").values(chunk).execute();
}

/** Rows per INSERT: 500 reports of 33 columns bind 16,500 parameters, under SQLite's 32,766. */
const ROWS_PER_INSERT = 500;

/** Reports of events, with the ingest time of their article, in ingest order: the order merging replays. */
export async function reportsInIngestOrder(session: StoreSession, eventIds: readonly string[]): Promise<StoredReport[]> {
  const db = queryBuilder(session);
  if (eventIds.length === 0) return [];
  return db
    .selectFrom("reports")
    .innerJoin("articles", "articles.id", "reports.article_id")
    .selectAll("reports")
    .where("reports.event_id", "in", [...eventIds])
    .orderBy("articles.ingested_at")
    .orderBy("reports.article_id")
    .orderBy("reports.ordinal")
    .execute();
}

export async function deleteEvents(session: StoreSession, eventIds: readonly string[]): Promise<void> {
  const db = queryBuilder(session);
  if (eventIds.length > 0) await db.deleteFrom("events").where("event_id", "in", [...eventIds]).execute();
}
