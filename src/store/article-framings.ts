/**
 * The stored framing summary of each article (migrations/0012-article-framings.ts): written with the
 * article, read back in article order for outlet profiles, and filled for articles whose row is
 * missing (stored before 0012) or of another lexicon version.
 */
import type { ArticleFramingSummary, OwnTermHit } from "../framing/article-framing-summary.ts";
import type { CampReading } from "../framing/camp-reading.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/** Write (or replace) the summaries read with lexicon version `version`. */
export async function saveArticleFramings(session: StoreSession, version: string, summaries: readonly ArticleFramingSummary[]): Promise<void> {
  const db = queryBuilder(session);
  for (let i = 0; i < summaries.length; i += 100) {
    const rows = summaries.slice(i, i + 100).map((s) => ({
      article_id: s.article_id,
      lexicon_version: version,
      camp: s.camp,
      government: s.scores.government,
      opposition: s.scores.opposition,
      kurdish: s.scores.kurdish,
      neutral: s.scores.neutral,
      own_terms_json: JSON.stringify(s.own_terms),
      source_kinds_json: JSON.stringify(s.source_kinds),
    }));
    await db
      .insertInto("article_framings")
      .values(rows)
      .onConflict((oc) =>
        oc.column("article_id").doUpdateSet((eb) => ({
          lexicon_version: eb.ref("excluded.lexicon_version"),
          camp: eb.ref("excluded.camp"),
          government: eb.ref("excluded.government"),
          opposition: eb.ref("excluded.opposition"),
          kurdish: eb.ref("excluded.kurdish"),
          neutral: eb.ref("excluded.neutral"),
          own_terms_json: eb.ref("excluded.own_terms_json"),
          source_kinds_json: eb.ref("excluded.source_kinds_json"),
        })),
      )
      .execute();
  }
}

/**
 * Every stored article by id, with its outlet as the articles gave it (the outlet's name, else its
 * id) and its summary of lexicon version `version` — null when it has none of that version yet.
 */
export async function storedFramingSummaries(session: StoreSession, version: string): Promise<{ readonly article_id: string; readonly summary: ArticleFramingSummary | null }[]> {
  const rows = await queryBuilder(session)
    .selectFrom("articles")
    .leftJoin("outlets", "outlets.id", "articles.outlet_id")
    .leftJoin("article_framings", (join) => join.onRef("article_framings.article_id", "=", "articles.id").on("article_framings.lexicon_version", "=", version))
    .select([
      "articles.id as id",
      "articles.outlet_id as outlet_id",
      "outlets.name as outlet_name",
      "article_framings.camp as camp",
      "article_framings.government as government",
      "article_framings.opposition as opposition",
      "article_framings.kurdish as kurdish",
      "article_framings.neutral as neutral",
      "article_framings.own_terms_json as own_terms_json",
      "article_framings.source_kinds_json as source_kinds_json",
    ])
    .orderBy("articles.id")
    .execute();
  return rows.map((r) => ({
    article_id: r.id,
    summary:
      r.camp === null || r.own_terms_json === null || r.source_kinds_json === null
        ? null
        : {
            article_id: r.id,
            outlet: r.outlet_name ?? r.outlet_id,
            camp: r.camp as CampReading,
            scores: { government: Number(r.government), opposition: Number(r.opposition), kurdish: Number(r.kurdish), neutral: Number(r.neutral) },
            own_terms: JSON.parse(r.own_terms_json) as OwnTermHit[],
            source_kinds: JSON.parse(r.source_kinds_json) as string[],
          },
  }));
}
