import { type Expression, type ExpressionBuilder, sql, type SqlBool } from "kysely";
import type { Article } from "../model/article.ts";
import type { Database } from "./database-schema.ts";
import { indexArticleText } from "./article-search.ts";
import { outletKey } from "./outlet-key.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/** Why an article is not stored again: it is already there, or its id is taken by another text. */
export type StoredCopy =
  | { readonly status: "duplicate"; readonly articleId: string; readonly reason: "same url" | "same content" | "same id" }
  | { readonly status: "conflict"; readonly articleId: string; readonly reason: string };

/**
 * The stored article this one repeats: the same URL, the same content (hash) from the same outlet
 * (or where either outlet is unknown), or its id already used by a different text. Null when new.
 */
export async function storedCopyOf(session: StoreSession, article: Article, hash: string): Promise<StoredCopy | null> {
  const db = queryBuilder(session);
  if (article.url !== null) {
    const byUrl = await db.selectFrom("article_urls").select("article_id").where("url", "=", article.url).executeTakeFirst();
    if (byUrl) return { status: "duplicate", articleId: byUrl.article_id, reason: "same url" };
  }
  const outletId = article.outlet === null ? null : outletKey(article.outlet);
  const sameText = await db.selectFrom("articles").select(["id", "outlet_id"]).where("content_hash", "=", hash).orderBy("id").execute();
  const same = sameText.find((row) => row.outlet_id === outletId || row.outlet_id === null || outletId === null);
  if (same) return { status: "duplicate", articleId: same.id, reason: same.id === article.id ? "same id" : "same content" };
  const byId = await db.selectFrom("articles").select("content_hash").where("id", "=", article.id).executeTakeFirst();
  if (byId) return { status: "conflict", articleId: article.id, reason: "id already used by an article with different text" };
  return null;
}

export interface NewArticleRow {
  readonly article: Article;
  readonly outletId: string | null;
  readonly contentHash: string;
  readonly signature: readonly number[];
  /** The title and text as the search index holds them (article-search.ts `searchBodyOf`). */
  readonly searchBody: string;
  readonly sourceKind: string;
  readonly now: string;
}

/** Write a new article: its outlet (first sight), the row, its URL, and its text in the search index. */
export async function insertArticle(session: StoreSession, row: NewArticleRow): Promise<void> {
  const db = queryBuilder(session);
  const { article, outletId, now } = row;
  if (outletId !== null) {
    await db.insertInto("outlets").values({ id: outletId, name: article.outlet!, first_seen: now }).onConflict((oc) => oc.doNothing()).execute();
  }
  await db
    .insertInto("articles")
    .values({
      id: article.id,
      url: article.url,
      outlet_id: outletId,
      published: article.published,
      title: article.title,
      text: article.text,
      content_hash: row.contentHash,
      syndicated_of: null,
      signature: JSON.stringify(row.signature),
      source_kind: row.sourceKind,
      ingested_at: now,
    })
    .execute();
  if (article.url !== null) await db.insertInto("article_urls").values({ url: article.url, article_id: article.id }).onConflict((oc) => oc.doNothing()).execute();
  await indexArticleText(session, article.id, row.searchBody);
}

/**
 * The syndication groups (by root article) with a member that shares one of `bands`: one row per
 * band and group (band_roots, 0011), so 2,000 stored copies of one story are one root to look at,
 * not 2,000 articles to read.
 */
export async function syndicationRoots(session: StoreSession, bands: readonly string[]): Promise<string[]> {
  if (bands.length === 0) return [];
  const rows = await queryBuilder(session).selectFrom("band_roots").select("root").where("band", "in", [...bands]).distinct().orderBy("root").execute();
  return rows.map((r) => r.root);
}

/**
 * How many syndication groups share each of `bands`, counted up to `atMost` (a band shared by more
 * reads as `atMost`): one statement, and a crowded band costs `atMost` index entries however many
 * thousand groups share it. Bands no group has are left out.
 */
export async function bandGroupCounts(session: StoreSession, bands: readonly string[], atMost: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (bands.length === 0) return out;
  // The limit is written into the SQL, not bound: SQLite plans a bound LIMIT in a subquery five
  // times slower (120 µs against 21 for 16 bands in a store of 1,000 articles).
  const limit = sql.lit(Math.floor(atMost));
  const counts = sql.join(bands.map((band, i) => sql`(SELECT count(*) FROM (SELECT 1 FROM band_roots WHERE band = ${band} LIMIT ${limit}) AS crowd) AS ${sql.id(`n${i}`)}`));
  const { rows } = await sql<Record<string, number | string>>`SELECT ${counts}`.execute(queryBuilder(session));
  const row = rows[0] ?? {};
  bands.forEach((band, i) => {
    const n = Number(row[`n${i}`] ?? 0);
    if (n > 0) out.set(band, n);
  });
  return out;
}

/** A member of a syndication group, with its MinHash signature (a JSON array). */
export interface GroupMember {
  readonly id: string;
  readonly signature: string;
}

/**
 * The articles `ids` not from `outletId` (when both name one), with their signatures: one query for
 * many one-article groups (a root found under a band of a group of one has that band itself).
 */
export async function signaturesOutside(session: StoreSession, ids: readonly string[], outletId: string | null): Promise<GroupMember[]> {
  const out: GroupMember[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    let query = queryBuilder(session).selectFrom("articles").select(["id", "signature"]).where("id", "in", ids.slice(i, i + 500));
    if (outletId !== null) query = query.where(outsideOutlet(outletId));
    out.push(...(await query.execute()));
  }
  return out;
}

/** How many copies (besides the root) the groups rooted at `roots` hold, for those that hold any. */
export async function copiesOfRoots(session: StoreSession, roots: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < roots.length; i += 500) {
    const rows = await queryBuilder(session)
      .selectFrom("articles")
      .select((eb) => ["syndicated_of", eb.fn.countAll().as("n")])
      .where("syndicated_of", "in", roots.slice(i, i + 500))
      .groupBy("syndicated_of")
      .execute();
    for (const row of rows) if (row.syndicated_of !== null) out.set(row.syndicated_of, Number(row.n));
  }
  return out;
}

/**
 * Every member of the groups rooted at `roots` (small groups) that shares one of `bands` and is not
 * from `outletId` (when both name one), with its root and signature: one query for all of them.
 */
export async function membersSharingBands(session: StoreSession, roots: readonly string[], bands: readonly string[], outletId: string | null): Promise<(GroupMember & { root: string })[]> {
  const out: (GroupMember & { root: string })[] = [];
  for (let i = 0; i < roots.length; i += 250) {
    const chunk = roots.slice(i, i + 250);
    let query = queryBuilder(session)
      .selectFrom("articles")
      .select((eb) => ["articles.id", "articles.signature", eb.fn.coalesce("articles.syndicated_of", "articles.id").as("root")])
      // A group's members are the rows whose coalesce(syndicated_of, id) is its root: the expression
      // of the index articles_group_member, so each root is one index range (an OR of the two
      // columns was planned as a scan of both).
      .where((eb) => eb(eb.fn.coalesce("articles.syndicated_of", "articles.id"), "in", chunk))
      .where(sharesBand(bands));
    if (outletId !== null) query = query.where(outsideOutlet(outletId));
    out.push(...(await query.execute()));
  }
  return out;
}

/**
 * Up to `take` members of the group rooted at `root` (the root or its copies) after `after` in id
 * order that share one of `bands` and are not from `outletId` (when both name one): the next few a
 * new text is compared with. An index range (articles_group_member) plus a band probe per member.
 */
export async function groupMembersSharingBands(
  session: StoreSession,
  root: string,
  bands: readonly string[],
  outletId: string | null,
  after: string,
  take: number,
): Promise<GroupMember[]> {
  let query = queryBuilder(session)
    .selectFrom("articles")
    .select(["articles.id", "articles.signature"])
    // The same expression as the index articles_group_member, so the index is used.
    .where((eb) => eb(eb.fn.coalesce("articles.syndicated_of", "articles.id"), "=", root))
    .where("articles.id", ">", after)
    .where(sharesBand(bands));
  if (outletId !== null) query = query.where(outsideOutlet(outletId));
  return query.orderBy("articles.id").limit(take).execute();
}

/** An article not from outlet `outletId` (or from no named outlet): copies count across outlets only. */
function outsideOutlet(outletId: string): (eb: ExpressionBuilder<Database, "articles">) => Expression<SqlBool> {
  return (eb) => eb.or([eb("articles.outlet_id", "is", null), eb("articles.outlet_id", "!=", outletId)]);
}

/** An article with one of the MinHash `bands`: a probe of article_bands' primary key (article_id, band, 0013) per article. */
function sharesBand(bands: readonly string[]): (eb: ExpressionBuilder<Database, "articles">) => Expression<SqlBool> {
  return (eb) => eb.exists(eb.selectFrom("article_bands").select("article_bands.band").whereRef("article_bands.article_id", "=", "articles.id").where("article_bands.band", "in", [...bands]));
}

/** Record the MinHash bands of a new article, a member of the group rooted at `root`. */
export async function recordBands(session: StoreSession, articleId: string, bands: readonly string[], root: string): Promise<void> {
  if (bands.length === 0) return;
  const db = queryBuilder(session);
  await db.insertInto("article_bands").values(bands.map((band) => ({ band, article_id: articleId }))).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto("band_roots").values(bands.map((band) => ({ band, root }))).onConflict((oc) => oc.doNothing()).execute();
}

/** The groups rooted at `oldRoots` are now one group rooted at `root`: their bands follow. */
export async function moveBandRoots(session: StoreSession, oldRoots: readonly string[], root: string): Promise<void> {
  const db = queryBuilder(session);
  for (const old of oldRoots) {
    if (old === root) continue;
    await db
      .insertInto("band_roots")
      .columns(["band", "root"])
      .expression((eb) => eb.selectFrom("band_roots").select((s) => ["band", s.val(root).as("root")]).where("root", "=", old))
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db.deleteFrom("band_roots").where("root", "=", old).execute();
  }
}

/** The articles of the syndication groups rooted at `roots`, and `articleId`, with their day. */
export async function syndicationGroup(session: StoreSession, roots: readonly string[], articleId: string): Promise<{ id: string; published: string | null }[]> {
  return queryBuilder(session)
    .selectFrom("articles")
    .select(["id", "published"])
    .where((eb) => eb.or([eb("id", "in", [...roots]), eb("syndicated_of", "in", [...roots]), eb("id", "=", articleId)]))
    .execute();
}

/** The published day of articles by id (those that exist). */
export async function articleDays(session: StoreSession, ids: readonly string[]): Promise<{ id: string; published: string | null }[]> {
  return queryBuilder(session).selectFrom("articles").select(["id", "published"]).where("id", "in", [...ids]).execute();
}

/** Make `rootId` the original of every article of `ids` (and of none itself). */
export async function setSyndicationRoot(session: StoreSession, ids: readonly string[], rootId: string): Promise<void> {
  const db = queryBuilder(session);
  await db.updateTable("articles").set({ syndicated_of: rootId }).where("id", "in", [...ids]).where("id", "!=", rootId).execute();
  await db.updateTable("articles").set({ syndicated_of: null }).where("id", "=", rootId).execute();
}

/** The merged events reported by the articles `articleIds` other than `except`. */
export async function eventsOfArticles(session: StoreSession, articleIds: readonly string[], except: string): Promise<string[]> {
  const rows = await queryBuilder(session).selectFrom("reports").select("event_id").distinct().where("article_id", "in", [...articleIds]).where("article_id", "!=", except).execute();
  return rows.map((r) => r.event_id).filter((id): id is string => id !== null);
}
