import type { Selectable } from "kysely";
import type { FeedTable } from "./database-schema.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/** A watched feed's polling state (validators, backoff), as `rasd watch` keeps it across restarts. */
export type FeedState = Selectable<FeedTable>;

/** The feed's state, created (never polled, no failures) on first sight. */
export async function feedState(session: StoreSession, url: string): Promise<FeedState> {
  const db = queryBuilder(session);
  await db.insertInto("feeds").values({ url, failures: 0 }).onConflict((oc) => oc.doNothing()).execute();
  return db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirstOrThrow();
}

/** Record the outcome of a poll: the fields given change, the others stay. */
export async function updateFeedState(session: StoreSession, url: string, change: Partial<Omit<FeedState, "url">>): Promise<void> {
  await queryBuilder(session).updateTable("feeds").set(change).where("url", "=", url).execute();
}

/** When the first of these feeds is due again (null when none has been polled). */
export async function nextFeedCheck(session: StoreSession, urls: readonly string[]): Promise<string | null> {
  if (urls.length === 0) return null;
  const row = await queryBuilder(session)
    .selectFrom("feeds")
    .select((eb) => eb.fn.min("next_check").as("t"))
    .where("url", "in", [...urls])
    .executeTakeFirst();
  return row?.t ? String(row.t) : null;
}

/** Whether any item of the feed was ever stored. */
export async function feedHasItems(session: StoreSession, feedUrl: string): Promise<boolean> {
  return (await queryBuilder(session).selectFrom("feed_items").select("item_key").where("feed_url", "=", feedUrl).executeTakeFirst()) !== undefined;
}

/** The item as seen before (with the article it gave, if any), or undefined when new. */
export async function seenFeedItem(session: StoreSession, feedUrl: string, itemKey: string): Promise<{ readonly article_id: string | null } | undefined> {
  return queryBuilder(session).selectFrom("feed_items").select("article_id").where("feed_url", "=", feedUrl).where("item_key", "=", itemKey).executeTakeFirst();
}

/** Mark a feed item seen, so a restarted watch skips it. */
export async function markFeedItemSeen(session: StoreSession, feedUrl: string, itemKey: string, articleId: string | null, now: string): Promise<void> {
  await queryBuilder(session)
    .insertInto("feed_items")
    .values({ feed_url: feedUrl, item_key: itemKey, article_id: articleId, seen_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The article stored under this URL, if any. */
export async function articleIdOfUrl(session: StoreSession, url: string): Promise<string | undefined> {
  return (await queryBuilder(session).selectFrom("article_urls").select("article_id").where("url", "=", url).executeTakeFirst())?.article_id;
}
