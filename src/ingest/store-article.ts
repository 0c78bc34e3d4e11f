import type { Transaction } from "kysely";
import { remergeAround, resummarizeEvents } from "../merge/remerge-around.ts";
import { reportFromEvent } from "../merge/report-from-event.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";
import type { Article } from "../model/article.ts";
import { indexArticleText } from "../store/article-search.ts";
import type { Database } from "../store/database-schema.ts";
import type { Store } from "../store/store.ts";
import { outletKey } from "../store/outlet-key.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import { contentHash } from "./content-hash.ts";
import { signatureBands, signatureSimilarity, textSignature } from "./text-signature.ts";

/** Estimated shingle Jaccard above which two texts from different outlets are one syndicated text. */
export const SYNDICATION_SIMILARITY = 0.7;

/** What happened to one article. */
export type StoreOutcome =
  | { readonly status: "stored"; readonly articleId: string; readonly reports: number; readonly syndicatedOf: string | null }
  | { readonly status: "duplicate"; readonly articleId: string; readonly reason: "same url" | "same content" | "same id" }
  | { readonly status: "conflict"; readonly articleId: string; readonly reason: string };

export interface StoreArticleInput {
  readonly article: Article;
  /** "jsonl", "txt", "html", "url", "feed". */
  readonly sourceKind: string;
  /** The extraction of `article`; computed by the caller, outside the transaction. */
  readonly extraction: ArticleExtraction;
  /** Timestamp recorded as ingested_at / updated_at (passed in so tests can fix it). */
  readonly now: string;
}

/**
 * Store one article, its extracted reports and spans, link syndicated copies, and re-merge the events
 * around its reports — all in one transaction, so a killed process leaves either all of it or none.
 * Idempotent: the same URL, the same content from the same outlet, or the same id with the same
 * content is a duplicate and changes nothing.
 */
export async function storeArticle(store: Store, input: StoreArticleInput): Promise<StoreOutcome> {
  return withWriteTransaction(store, (trx) => storeInTransaction(trx, input));
}

/** The duplicate check alone, cheap enough to run before extraction. */
export async function findDuplicate(store: Store, article: Article): Promise<StoreOutcome | null> {
  return withWriteTransaction(store, (trx) => duplicateOf(trx, article, contentHash(article.text)));
}

async function storeInTransaction(trx: Transaction<Database>, input: StoreArticleInput): Promise<StoreOutcome> {
  const { article, now } = input;
  const hash = contentHash(article.text);
  const duplicate = await duplicateOf(trx, article, hash);
  if (duplicate !== null) return duplicate;

  const outletId = article.outlet === null ? null : outletKey(article.outlet);
  if (outletId !== null) {
    await trx.insertInto("outlets").values({ id: outletId, name: article.outlet!, first_seen: now }).onConflict((oc) => oc.doNothing()).execute();
  }
  const signature = textSignature(article.text);
  const bands = signatureBands(signature);
  await trx
    .insertInto("articles")
    .values({
      id: article.id,
      url: article.url,
      outlet_id: outletId,
      published: article.published,
      title: article.title,
      text: article.text,
      content_hash: hash,
      syndicated_of: null,
      signature: JSON.stringify(signature),
      source_kind: input.sourceKind,
      ingested_at: now,
    })
    .execute();
  if (article.url !== null) await trx.insertInto("article_urls").values({ url: article.url, article_id: article.id }).onConflict((oc) => oc.doNothing()).execute();
  await indexArticleText(trx, article.id, article.title, article.text);

  const reports = input.extraction.events.map((event, ordinal) => reportFromEvent(event, article.id, hash, ordinal));
  for (const report of reports) await trx.insertInto("reports").values(report).execute();
  for (const event of input.extraction.events) {
    const loc = event.location;
    if (loc.gazetteer_id === null) continue;
    await trx
      .insertInto("places")
      .values({ gazetteer_id: loc.gazetteer_id, name_ar: loc.name_ar, admin1: loc.admin1, admin2: loc.admin2 ?? null, admin3: loc.admin3 ?? null, lat: loc.lat, lon: loc.lon })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  let ordinal = 0;
  for (const m of input.extraction.mentions) {
    await trx
      .insertInto("spans")
      .values({ article_id: article.id, ordinal: ordinal++, kind: m.kind, start: m.start, end: m.end, text: m.text, value: m.value, rule: m.rule, event_ids_json: JSON.stringify(m.event_ids) })
      .execute();
  }

  const group = await linkSyndicated(trx, article, outletId, hash, signature, bands);
  await remergeAround(trx, reports.map((r) => r.report_key), now);
  if (group.length > 1) {
    // Which outlets are independent changed for every event of the group's articles.
    const touched = await trx.selectFrom("reports").select("event_id").distinct().where("article_id", "in", group).where("article_id", "!=", article.id).execute();
    await resummarizeEvents(trx, touched.map((r) => r.event_id).filter((id): id is string => id !== null), now);
  }
  const syndicatedOf = (await trx.selectFrom("articles").select("syndicated_of").where("id", "=", article.id).executeTakeFirst())?.syndicated_of ?? null;
  return { status: "stored", articleId: article.id, reports: reports.length, syndicatedOf };
}

async function duplicateOf(trx: Transaction<Database>, article: Article, hash: string): Promise<StoreOutcome | null> {
  if (article.url !== null) {
    const byUrl = await trx.selectFrom("article_urls").select("article_id").where("url", "=", article.url).executeTakeFirst();
    if (byUrl) return { status: "duplicate", articleId: byUrl.article_id, reason: "same url" };
  }
  const outletId = article.outlet === null ? null : outletKey(article.outlet);
  const sameText = await trx.selectFrom("articles").select(["id", "outlet_id"]).where("content_hash", "=", hash).orderBy("id").execute();
  const same = sameText.find((row) => row.outlet_id === outletId || row.outlet_id === null || outletId === null);
  if (same) return { status: "duplicate", articleId: same.id, reason: same.id === article.id ? "same id" : "same content" };
  const byId = await trx.selectFrom("articles").select("content_hash").where("id", "=", article.id).executeTakeFirst();
  if (byId) return { status: "conflict", articleId: article.id, reason: "id already used by an article with different text" };
  return null;
}

/**
 * Link the new article with stored near-identical texts from other outlets. The group's root is its
 * earliest article (by published day, then id), whatever the ingest order. Returns the group's ids.
 */
async function linkSyndicated(trx: Transaction<Database>, article: Article, outletId: string | null, hash: string, signature: readonly number[], bands: readonly string[]): Promise<string[]> {
  const candidates = await trx
    .selectFrom("article_bands")
    .innerJoin("articles", "articles.id", "article_bands.article_id")
    .select(["articles.id", "articles.outlet_id", "articles.signature", "articles.content_hash", "articles.syndicated_of"])
    .where("article_bands.band", "in", [...bands])
    .distinct()
    .execute();
  for (const band of bands) await trx.insertInto("article_bands").values({ band, article_id: article.id }).onConflict((oc) => oc.doNothing()).execute();
  const roots = new Set<string>();
  for (const c of candidates) {
    if (c.id === article.id || (c.outlet_id !== null && c.outlet_id === outletId)) continue;
    const similar = c.content_hash === hash || signatureSimilarity(signature, JSON.parse(c.signature) as number[]) >= SYNDICATION_SIMILARITY;
    if (similar) roots.add(c.syndicated_of ?? c.id);
  }
  if (roots.size === 0) return [article.id];
  const members = await trx
    .selectFrom("articles")
    .select(["id", "published"])
    .where((eb) => eb.or([eb("id", "in", [...roots]), eb("syndicated_of", "in", [...roots]), eb("id", "=", article.id)]))
    .execute();
  const root = [...members].sort((a, b) => {
    const pa = a.published ?? "9999-99-99";
    const pb = b.published ?? "9999-99-99";
    return pa !== pb ? (pa < pb ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  })[0]!;
  const ids = members.map((m) => m.id);
  await trx.updateTable("articles").set({ syndicated_of: root.id }).where("id", "in", ids).where("id", "!=", root.id).execute();
  await trx.updateTable("articles").set({ syndicated_of: null }).where("id", "=", root.id).execute();
  return ids;
}
