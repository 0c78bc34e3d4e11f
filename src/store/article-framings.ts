/**
 * The stored framing summary of each article (migrations/0012-article-framings.ts): written with the
 * article, read back in article order for outlet profiles, and filled for articles whose row is
 * missing (stored before 0012) or of another lexicon version.
 */
import type { ArticleFramingSummary, OwnTermHit } from "../framing/article-framing-summary.ts";
import type { CampReading } from "../framing/camp-reading.ts";
import type { Camp } from "../framing/framing-lexicon-schema.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";

/**
 * A term's form as stored: an array, not an object, so 50,000 articles' rows are read and parsed in
 * a fraction of the time: ["opp.regime_forces", "naming_government", "opposition", 1, "قوات النظام", 3].
 */
type StoredHit = [term: string, dimension: string, camp: Camp, weight: number, form: string, hits: number];

/** Write (or replace) the summaries read with lexicon version `version`, with the article's outlet id. */
export async function saveArticleFramings(session: StoreSession, version: string, summaries: readonly { readonly outletId: string | null; readonly summary: ArticleFramingSummary }[]): Promise<void> {
  const db = queryBuilder(session);
  for (let i = 0; i < summaries.length; i += 100) {
    const rows = summaries.slice(i, i + 100).map(({ outletId, summary: s }) => ({
      article_id: s.article_id,
      outlet_id: outletId,
      lexicon_version: version,
      camp: s.camp,
      government: s.scores.government,
      opposition: s.scores.opposition,
      kurdish: s.scores.kurdish,
      neutral: s.scores.neutral,
      own_terms_json: JSON.stringify(s.own_terms.map((h): StoredHit => [h.term, h.dimension, h.camp, h.weight, h.form, h.hits])),
      source_kinds_json: JSON.stringify(s.source_kinds),
    }));
    await db
      .insertInto("article_framings")
      .values(rows)
      .onConflict((oc) =>
        oc.column("article_id").doUpdateSet((eb) => ({
          outlet_id: eb.ref("excluded.outlet_id"),
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

/** Ids of the articles with no summary of lexicon version `version`, in id order (read from the primary key alone). */
export async function articlesWithoutFraming(session: StoreSession, version: string): Promise<string[]> {
  const rows = await queryBuilder(session)
    .selectFrom("articles")
    .select("articles.id")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("article_framings").select("article_framings.article_id").whereRef("article_framings.article_id", "=", "articles.id").where("article_framings.lexicon_version", "=", version))),
    )
    .orderBy("articles.id")
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The summaries of lexicon version `version`, by article id, with the outlet as the articles gave it
 * (the outlet's name, else its id). Articles without one are not there: see articlesWithoutFraming.
 */
export async function storedFramingSummaries(session: StoreSession, version: string): Promise<ArticleFramingSummary[]> {
  const rows = await queryBuilder(session)
    .selectFrom("article_framings")
    .leftJoin("outlets", "outlets.id", "article_framings.outlet_id")
    .select([
      "article_framings.article_id as article_id",
      "article_framings.outlet_id as outlet_id",
      "outlets.name as outlet_name",
      "article_framings.camp as camp",
      "article_framings.government as government",
      "article_framings.opposition as opposition",
      "article_framings.kurdish as kurdish",
      "article_framings.neutral as neutral",
      "article_framings.own_terms_json as own_terms_json",
      "article_framings.source_kinds_json as source_kinds_json",
    ])
    .where("article_framings.lexicon_version", "=", version)
    .orderBy("article_framings.article_id")
    .execute();
  return rows.map((r) => ({
    article_id: r.article_id,
    outlet: r.outlet_name ?? r.outlet_id,
    camp: r.camp as CampReading,
    scores: { government: Number(r.government), opposition: Number(r.opposition), kurdish: Number(r.kurdish), neutral: Number(r.neutral) },
    own_terms: (JSON.parse(r.own_terms_json) as StoredHit[]).map(([term, dimension, camp, weight, form, hits]): OwnTermHit => ({ term, dimension, camp, weight, form, hits })),
    source_kinds: JSON.parse(r.source_kinds_json) as string[],
  }));
}
