import type { Article } from "../model/article.ts";

/**
 * A plain-text article: the first non-empty line is the title, the rest is the text (blank lines
 * after the title dropped). A file with a single line has no title: that line is the text.
 */
export function parseTxtArticle(content: string, id: string, published: string | null): Article {
  const body = content.replace(/^\uFEFF/, "").replace(/^\s*\n/, "");
  const nl = body.indexOf("\n");
  if (nl === -1) return { id, url: null, outlet: null, published, title: null, text: body.trim() };
  const title = body.slice(0, nl).trim();
  const text = body.slice(nl + 1).replace(/^(?:[ \t\r\u00A0]*\n)+/, "").trimEnd();
  return { id, url: null, outlet: null, published, title: title === "" ? null : title, text };
}
