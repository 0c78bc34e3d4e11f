import { queryBuilder, type StoreSession } from "./store-session.ts";
import type { Selectable } from "kysely";
import type { ArticleTable } from "./database-schema.ts";

/** An extracted span of an article, linked to the merged events it supports. */
export interface StoredSpan {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string | null;
  readonly rule: string;
  /** Article-local event ids, as the extractor gave them. */
  readonly local_event_ids: readonly string[];
  /** The merged event ids those map to. */
  readonly event_ids: readonly string[];
}

/** An article with its text, every extracted span, its reports and syndication links. */
export interface ArticleDetail extends Omit<Selectable<ArticleTable>, "signature"> {
  /** Other stored articles that are near-identical copies of this one (or of the same original). */
  readonly syndicated_copies: readonly string[];
  readonly spans: readonly StoredSpan[];
  /** One entry per extracted event: its local id, the merged event, the evidence offsets. */
  readonly reports: readonly { readonly local_event_id: string; readonly event_id: string | null; readonly sub_event_type: string; readonly evidence_start: number; readonly evidence_end: number }[];
}

export async function getArticle(session: StoreSession, articleId: string): Promise<ArticleDetail | null> {
  const db = queryBuilder(session);
  const row = await db.selectFrom("articles").selectAll().where("id", "=", articleId).executeTakeFirst();
  if (row === undefined) return null;
  const { signature: _signature, ...article } = row;
  const reports = await db
    .selectFrom("reports")
    .select(["local_event_id", "event_id", "sub_event_type", "evidence_start", "evidence_end"])
    .where("article_id", "=", articleId)
    .orderBy("ordinal")
    .execute();
  const merged = new Map(reports.map((r) => [r.local_event_id, r.event_id]));
  const spans = await db.selectFrom("spans").selectAll().where("article_id", "=", articleId).orderBy("ordinal").execute();
  const root = row.syndicated_of ?? row.id;
  const copies = await db
    .selectFrom("articles")
    .select("id")
    .where((eb) => eb.or([eb("syndicated_of", "=", root), eb("id", "=", root)]))
    .where("id", "!=", articleId)
    .orderBy("id")
    .execute();
  return {
    ...article,
    syndicated_copies: row.syndicated_of === null && copies.length === 0 ? [] : copies.map((c) => c.id),
    reports,
    spans: spans.map((s) => {
      const local = JSON.parse(s.event_ids_json) as string[];
      return {
        kind: s.kind,
        start: s.start,
        end: s.end,
        text: s.text,
        value: s.value,
        rule: s.rule,
        local_event_ids: local,
        event_ids: [...new Set(local.map((id) => merged.get(id)).filter((id): id is string => typeof id === "string"))],
      };
    }),
  };
}

/** The texts of articles by id (each read once; unknown ids are left out). */
export async function articleTexts(session: StoreSession, articleIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(articleIds)];
  const rows = ids.length === 0 ? [] : await queryBuilder(session).selectFrom("articles").select(["id", "text"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [r.id, r.text]));
}
