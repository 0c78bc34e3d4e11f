import { queryBuilder, type StoreSession } from "./store-session.ts";
import { versionCacheOf } from "./version-cache.ts";

export interface OutletSummary {
  readonly id: string;
  readonly name: string;
  readonly articles: number;
  readonly events: number;
}

/** Every outlet with how many articles it has in the store and how many merged events it reports (computed once per store version). */
export async function listOutlets(session: StoreSession): Promise<OutletSummary[]> {
  return versionCacheOf(session).get(session, "outlets", () => countOutlets(session));
}

async function countOutlets(session: StoreSession): Promise<OutletSummary[]> {
  const db = queryBuilder(session);
  const rows = await db
    .selectFrom("outlets")
    .leftJoin("articles", "articles.outlet_id", "outlets.id")
    .leftJoin("reports", "reports.article_id", "articles.id")
    .select((eb) => [
      "outlets.id",
      "outlets.name",
      eb.fn.count<number>("articles.id").distinct().as("articles"),
      eb.fn.count<number>("reports.event_id").distinct().as("events"),
    ])
    .groupBy(["outlets.id", "outlets.name"])
    .orderBy("outlets.id")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, articles: Number(r.articles), events: Number(r.events) }));
}

/** Every outlet's key and the name it was first seen under. */
export async function listOutletNames(session: StoreSession): Promise<{ id: string; name: string }[]> {
  return queryBuilder(session).selectFrom("outlets").select(["id", "name"]).execute();
}
