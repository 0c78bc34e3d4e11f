import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One item of an RSS or Atom feed. */
export interface FeedItem {
  /** guid / id, else link, else title: what identifies the item across polls. */
  readonly key: string;
  readonly link: string | null;
  readonly title: string | null;
  /** ISO day from pubDate / published / updated / dc:date, when it parses. */
  readonly published: string | null;
  /** The longest HTML or text body the item carries (content:encoded, content, description, summary). */
  readonly content: string | null;
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly link: string | null;
  readonly items: readonly FeedItem[];
}

/**
 * Entities are never expanded by the XML parser (no billion laughs, no external entities): the
 * DOCTYPE is cut off before parsing and only the five XML entities and numeric character references
 * are decoded, by hand, in text values.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: "#cdata",
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** Does this body look like an RSS or Atom document (rather than a web page)? */
export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 2048).replace(/^\uFEFF/, "").trimStart();
  return /^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)?(?:<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

/** Parse RSS 2.0, RSS 1.0 (RDF) or Atom. Throws on XML that is not a feed. */
export function parseFeed(xml: string): ParsedFeed {
  const body = stripDoctype(xml);
  // The parser is lenient (a truncated document parses); a feed that is not well-formed is refused.
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(body) as Record<string, unknown>;
  const rss = record(doc["rss"]);
  const rdf = record(doc["rdf:RDF"]);
  const atom = record(doc["feed"]);
  if (rss !== null || rdf !== null) {
    const channel = record(rss?.["channel"]) ?? record(rdf?.["channel"]) ?? {};
    const items = list(rss !== null ? channel["item"] : rdf?.["item"]).map(record).filter((i): i is Record<string, unknown> => i !== null);
    return { title: text(channel["title"]), link: rssLink(channel["link"]), items: items.map(rssItem) };
  }
  if (atom !== null) {
    const entries = list(atom["entry"]).map(record).filter((e): e is Record<string, unknown> => e !== null);
    return { title: text(atom["title"]), link: atomLink(atom["link"]), items: entries.map(atomEntry) };
  }
  throw new Error("not an RSS or Atom feed");
}

function rssItem(item: Record<string, unknown>): FeedItem {
  const link = rssLink(item["link"]);
  const title = text(item["title"]);
  const guid = text(item["guid"]);
  return {
    key: guid ?? link ?? title ?? "",
    link,
    title,
    published: isoDay(text(item["pubDate"]) ?? text(item["dc:date"])),
    content: longest([text(item["content:encoded"]), text(item["description"])]),
  };
}

function atomEntry(entry: Record<string, unknown>): FeedItem {
  const link = atomLink(entry["link"]);
  const title = text(entry["title"]);
  return {
    key: text(entry["id"]) ?? link ?? title ?? "",
    link,
    title,
    published: isoDay(text(entry["published"]) ?? text(entry["updated"])),
    content: longest([text(entry["content"]), text(entry["summary"])]),
  };
}

function rssLink(value: unknown): string | null {
  for (const v of list(value)) {
    const t = text(v);
    if (t) return t;
  }
  return null;
}

function atomLink(value: unknown): string | null {
  const links = list(value).map(record).filter((l): l is Record<string, unknown> => l !== null);
  const alternate = links.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? links[0];
  const href = alternate?.["@_href"];
  return typeof href === "string" ? decodeXmlEntities(href) : null;
}

/** The text of a node: a string, a CDATA section, or an element with text and attributes. */
function text(value: unknown): string | null {
  if (typeof value === "string") return value === "" ? null : decodeXmlEntities(value);
  if (typeof value === "number") return String(value);
  const r = record(value);
  if (r === null) return null;
  if (typeof r["#cdata"] === "string") return r["#cdata"];
  if (typeof r["#text"] === "string" || typeof r["#text"] === "number") return text(String(r["#text"]));
  return null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function longest(values: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v !== null && (best === null || v.length > best.length)) best = v;
  return best;
}

function isoDay(value: string | null): string | null {
  if (value === null) return null;
  const direct = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (direct) return direct[1]!;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * Remove the DOCTYPE declaration (and its internal subset, where entities would be declared). Only
 * the prolog is searched — the XML declaration, comments and processing instructions before the
 * root element — so "<!DOCTYPE" quoted in an item's CDATA is content, left alone.
 */
export function stripDoctype(xml: string): string {
  const prolog = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/.exec(xml)![0];
  const start = xml.slice(prolog.length, prolog.length + 9).toUpperCase() === "<!DOCTYPE" ? prolog.length : -1;
  if (start === -1) return xml;
  let i = start + 9;
  let depth = 0;
  for (; i < xml.length; i++) {
    const ch = xml[i];
    if (ch === "[") depth++;
    else if (ch === "]") depth = Math.max(0, depth - 1);
    else if (ch === ">" && depth === 0) break;
  }
  return xml.slice(0, start) + xml.slice(i + 1);
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decode the five predefined entities and numeric references; anything else stays as written. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
