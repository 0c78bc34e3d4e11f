import type { Article } from "../model/article.ts";
import { searchBodyOf } from "../store/article-search.ts";
import { contentHash } from "./content-hash.ts";
import { signatureBands, textSignature } from "./text-signature.ts";

/**
 * What an article is stored and looked up under, read from its title and text alone: the hash that
 * finds the same content again, the MinHash signature and bands that find near-identical texts, and
 * the normalised body of the search index. Each walks the whole text (four normalisations of it),
 * so ingest computes them on the extraction workers, beside the extraction, and the storing thread,
 * which takes the articles one at a time, only writes them (storeArticle computes them itself for an
 * article extracted in its own thread).
 *
 *   articleKeysOf({ id: "a-1", title: "قصف على سرمين", text: "قصفت قوات النظام …", … })
 *   // { contentHash: "9f2c…", signature: [64 numbers], bands: ["0:1x.9k.3p.a0", … 16], searchBody: "قصف علي سرمين\nقصفت …" }
 */
export interface ArticleKeys {
  readonly contentHash: string;
  readonly signature: readonly number[];
  readonly bands: readonly string[];
  readonly searchBody: string;
}

export function articleKeysOf(article: Article): ArticleKeys {
  const signature = textSignature(article.text);
  return { contentHash: contentHash(article.text), signature, bands: signatureBands(signature), searchBody: searchBodyOf(article.title, article.text) };
}
