import { queryBuilder, type StoreSession } from "./store-session.ts";

/** What framing reads of an article: its text, and the outlet by the name the article gave. */
export interface FramingArticleRow {
  readonly id: string;
  readonly url: string | null;
  readonly outlet_id: string | null;
  readonly outlet_name: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
}

/** Every stored article with its outlet's name, by id; only those of `ids` when given. */
export async function framingArticles(session: StoreSession, ids?: readonly string[]): Promise<FramingArticleRow[]> {
  const query = queryBuilder(session)
    .selectFrom("articles")
    .leftJoin("outlets", "outlets.id", "articles.outlet_id")
    .select(["articles.id as id", "articles.url as url", "articles.outlet_id as outlet_id", "outlets.name as outlet_name", "articles.published as published", "articles.title as title", "articles.text as text"])
    .orderBy("articles.id");
  if (ids === undefined) return query.execute();
  const out: FramingArticleRow[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await query.where("articles.id", "in", ids.slice(i, i + 500)).execute()));
  return out;
}

/** One report of an event with its article, as the comparison of reports reads it. */
export interface EventReportRow {
  readonly article_id: string;
  readonly local_event_id: string;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly source: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly evidence_start: number;
  readonly evidence_end: number;
  readonly evidence_text: string;
  readonly outlet_id: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
}

/** The reports of merged event `eventId` with their articles, by publication, article and ordinal. */
export async function eventReportsWithArticles(session: StoreSession, eventId: string): Promise<EventReportRow[]> {
  return queryBuilder(session)
    .selectFrom("reports")
    .innerJoin("articles", "articles.id", "reports.article_id")
    .select([
      "reports.article_id",
      "reports.local_event_id",
      "reports.actor1",
      "reports.actor2",
      "reports.source",
      "reports.killed",
      "reports.injured",
      "reports.evidence_start",
      "reports.evidence_end",
      "reports.evidence_text",
      "articles.outlet_id",
      "articles.url",
      "articles.published",
      "articles.title",
      "articles.text",
    ])
    .where("reports.event_id", "=", eventId)
    .orderBy("articles.published", (ob) => ob.asc().nullsFirst())
    .orderBy("reports.article_id")
    .orderBy("reports.ordinal")
    .execute();
}

/** An article's actor spans, in text order. */
export async function actorSpansOf(session: StoreSession, articleId: string): Promise<{ start: number; text: string; value: string | null; event_ids_json: string }[]> {
  return queryBuilder(session)
    .selectFrom("spans")
    .select(["start", "text", "value", "event_ids_json"])
    .where("article_id", "=", articleId)
    .where("kind", "=", "actor")
    .orderBy("start")
    .execute();
}
