/**
 * An article's framing summary with the lexicon version that read it: what the store keeps beside
 * the article (store/article-framings.ts). Pure: the lexicon is passed in.
 *
 *   const record = framingRecordOf(article, lex);
 *   record.version          // "r2:3f9a0c2d1b7e4a55"
 *   record.summary.camp     // "government"
 */
import type { Article } from "../model/article.ts";
import { summarizeArticleFraming, type ArticleFramingSummary } from "./article-framing-summary.ts";
import type { FramingLexicon } from "./framing-lexicon-schema.ts";
import { framingLexiconVersion } from "./framing-lexicon-version.ts";
import { readArticleFraming } from "./read-article-framing.ts";

export interface FramingRecord {
  readonly version: string;
  readonly summary: ArticleFramingSummary;
}

export function framingRecordOf(article: Article, lexicon: FramingLexicon): FramingRecord {
  return { version: framingLexiconVersion(lexicon), summary: summarizeArticleFraming(readArticleFraming(article, lexicon)) };
}
