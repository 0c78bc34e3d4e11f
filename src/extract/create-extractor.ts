import type { Article } from "../model/article.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";
import type { Resources } from "../resources/resources.ts";

/** An extractor compiled from resources once, then applied to many articles. */
export type Extractor = (article: Article) => ArticleExtraction;

// Temporary: replaced by the real pipeline in the next commits.
export function createExtractor(_resources: Resources): Extractor {
  return (article) => ({ article_id: article.id, events: [], mentions: [] });
}
