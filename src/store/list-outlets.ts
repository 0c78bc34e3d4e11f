import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";

export interface OutletSummary {
  readonly id: string;
  readonly name: string;
  readonly articles: number;
  readonly events: number;
}

/** Every outlet with how many articles it has in the store and how many merged events it reports. */
export async function listOutlets(db: Kysely<Database>): Promise<OutletSummary[]> {
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
