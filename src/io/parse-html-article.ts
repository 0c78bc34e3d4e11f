import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../model/article.ts";
import { checkHtmlShape, checkHtmlTagCount, MAX_HTML_ELEMENTS } from "./html-limits.ts";
import { toIsoDay } from "./to-iso-day.ts";

/** Elements after which the text gets a line break, so paragraphs stay apart. */
const BLOCKS = new Set(["P", "DIV", "LI", "BR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "TR", "SECTION", "ARTICLE", "FIGCAPTION", "PRE", "TABLE", "UL", "OL"]);
/** Elements whose content is never article text. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD"]);
/** Marks, on the walk's stack, the end of a block element's children. */
const CLOSE_BLOCK = Symbol("close block");
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** Minimal DOM shapes we walk, so we depend on no DOM typings. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  readonly title: string;
  readonly body: DomNode | null;
  readonly documentElement: DomNode | null;
}

/**
 * An article from a web page: title and main text by Readability (over linkedom), publication day
 * from meta tags or JSON-LD `datePublished`, `fallbackPublished` otherwise. Script and style content
 * never reaches the text. Paragraphs are separated by a blank line. A page with too many elements,
 * or nested too deep, is refused (RasdError "too-large", html-limits.ts) before Readability runs.
 */
export function parseHtmlArticle(html: string, id: string, fallbackPublished: string | null): Article {
  checkHtmlTagCount(html);
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  if (document.documentElement) checkHtmlShape(document.documentElement);
  // Read metadata first: Readability mutates the document.
  const published = publishedDay(document) ?? fallbackPublished;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? document.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null;
  const outlet = document.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? hostOf(url);
  const fallbackTitle = document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? document.title;
  const fullText = document.body ? blockText(document.body) : "";
  const parsed = new Readability(document as unknown as Document, { maxElemsToParse: MAX_HTML_ELEMENTS }).parse();
  let text = fullText;
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as unknown as { document: DomDocument };
    const main = content.body ? blockText(content.body) : "";
    if (main.trim() !== "") text = main;
  }
  const title = (parsed?.title ?? fallbackTitle ?? "").trim();
  return { id, url, outlet, published, title: title === "" ? null : title, text };
}

function blockText(root: DomNode): string {
  const parts: string[] = [];
  // Iterative depth-first walk: an explicit stack of nodes still to visit, and a closing marker
  // after each block's children, so a deeply nested page cannot overflow the call stack.
  const stack: (DomNode | typeof CLOSE_BLOCK)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === CLOSE_BLOCK) {
      parts.push("\n");
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? "");
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName.toUpperCase())) continue;
    if (BLOCKS.has(node.nodeName.toUpperCase())) stack.push(CLOSE_BLOCK);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n\n");
}

function publishedDay(document: DomDocument): string | null {
  for (const selector of PUBLISHED_META) {
    const content = document.querySelector(selector)?.getAttribute("content");
    const day = content ? toIsoDay(content) : null;
    if (day) return day;
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const day = jsonLdDay(scripts[i]!.textContent ?? "");
    if (day) return day;
  }
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  return time ? toIsoDay(time) : null;
}

function jsonLdDay(source: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (typeof item === "object" && item !== null) {
      const record = item as Record<string, unknown>;
      const value = record["datePublished"];
      if (typeof value === "string" && toIsoDay(value)) return toIsoDay(value);
      if (record["@graph"] !== undefined) stack.push(record["@graph"]);
    }
  }
  return null;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
