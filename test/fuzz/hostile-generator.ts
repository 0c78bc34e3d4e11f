/**
 * A seeded generator of hostile inputs for the fuzz test: JSONL lines, HTML pages and RSS feeds built
 * to break parsers (deep nesting, too many elements, lone surrogates, entity bombs, DOCTYPEs in
 * CDATA, huge ids and texts, binary junk), each case with good neighbours that must still be stored.
 * All text is invented. The same seed gives the same cases.
 */
import { seededRandom } from "../../src/learn/seeded-random.ts";
import { generateCorpus } from "../store/generate-corpus.ts";

export { seededRandom } from "../../src/learn/seeded-random.ts";

export type HostileCase =
  | { readonly kind: "jsonl"; readonly label: string; readonly line: string | Uint8Array }
  | { readonly kind: "html"; readonly label: string; readonly page: string }
  | { readonly kind: "feed"; readonly label: string; readonly items: readonly string[] };

const CORPUS = generateCorpus(20_000);
const WORDS = ["قصف", "مدفعي", "على", "بلدة", "سرمين", "في", "ريف", "إدلب", "مقتل", "مدنيين", "اشتباكات", "قوات", "النظام", "غارة", "جوية"];
const TAGS = ["div", "span", "p", "b", "table", "tr", "td", "ul", "li", "section", "a", "font"];
const BIDI = ["\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200F", "\u061C"];

/**
 * The text of good neighbour number `n`: a report the extractor reads (from the generated corpus, so
 * neighbours are different texts, not syndicated copies of one another), found again by its marker.
 */
export function goodText(n: number, marker: string): string {
  return `${CORPUS[n % CORPUS.length]!.text} رقم الحالة ${marker}.`;
}

export function hostileCase(random: () => number): HostileCase {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const nested = (depth: number, inner: string) => {
    const tags = Array.from({ length: depth }, () => pick(TAGS));
    return tags.map((t) => `<${t}>`).join("") + inner + [...tags].reverse().map((t) => `</${t}>`).join("");
  };
  const jsonl: (() => HostileCase)[] = [
    () => ({ kind: "jsonl", label: "binary junk", line: Uint8Array.from({ length: int(1, 4000) }, () => (int(0, 255) === 10 ? 32 : int(0, 255))) }),
    () => ({ kind: "jsonl", label: "deeply nested JSON", line: "[".repeat(int(1000, 200_000)) + "]".repeat(int(0, 10)) }),
    () => ({ kind: "jsonl", label: "deeply nested object", line: '{"a":'.repeat(int(1000, 50_000)) + "1" + "}".repeat(int(0, 50_000)) }),
    () => ({ kind: "jsonl", label: "lone surrogate", line: `{"id":"s${int(0, 1e9)}","text":"${words(5)} \\u${pick(["d800", "dbff", "dc00", "dfff"])} ${words(3)}"}` }),
    () => ({ kind: "jsonl", label: "long id", line: JSON.stringify({ id: "i".repeat(int(101, 100_000)), text: words(8) }) }),
    () => ({ kind: "jsonl", label: "text over the limit", line: JSON.stringify({ id: `big${int(0, 1e9)}`, text: "ن".repeat(1_000_001 + int(0, 1000)) }) }),
    () => ({ kind: "jsonl", label: "wrong types", line: JSON.stringify(pick([{ id: [], text: "x" }, { id: "a", text: 5 }, { id: "a", text: "x", published: {} }, null, 7, "text", { id: "a", text: "x", url: 1 }])) }),
    () => ({ kind: "jsonl", label: "bidi and control characters", line: JSON.stringify({ id: `b${int(0, 1e9)}`, title: `${pick(BIDI)}evil${pick(BIDI)}`, text: `${words(6)} ${Array.from({ length: 40 }, () => pick([...BIDI, "\u0000", "\u0007", "\uFEFF", "\uFFFF"])).join("")} ${words(6)}` }) }),
    () => ({ kind: "jsonl", label: "random Arabic text", line: JSON.stringify({ id: `r${int(0, 1e9)}`, published: pick(["2024-02-30", "2024-01-01", "yesterday", null]), text: words(int(1, 600)) }) }),
  ];
  const html: (() => HostileCase)[] = [
    () => ({ kind: "html", label: "deep nesting", page: `<html><body>${nested(int(300, 20_000), words(20))}</body></html>` }),
    () => ({ kind: "html", label: "unclosed deep nesting", page: `<html><body>${Array.from({ length: int(300, 20_000) }, () => `<${pick(TAGS)}>`).join("")}${words(10)}` }),
    () => ({ kind: "html", label: "too many elements", page: `<html><body>${"<b>ن</b>".repeat(int(20_001, 60_000))}</body></html>` }),
    () => ({ kind: "html", label: "nested a little", page: `<html><body><article>${nested(int(10, 200), `<p>${words(40)}</p>`)}</article></body></html>` }),
    () => ({ kind: "html", label: "broken markup", page: Array.from({ length: int(10, 3000) }, () => pick(["<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "&", "&#x110000;", "&#0;", "<script>", "<style>", words(2), '"', "<p", "<!DOCTYPE"])).join("") }),
    () => ({ kind: "html", label: "empty page", page: pick(["", "<html></html>", "<body><script>var a = 'قصف';</script></body>"]) }),
  ];
  const feed: (() => HostileCase)[] = [
    () => ({ kind: "feed", label: "nested inline item", items: [`<item><guid>n${int(0, 1e9)}</guid><title>عميق</title><description><![CDATA[${nested(int(300, 10_000), words(200))}]]></description></item>`] }),
    () => ({ kind: "feed", label: "DOCTYPE in CDATA", items: [`<item><guid>d${int(0, 1e9)}</guid><title>مثال</title><description><![CDATA[<p>${words(150)}</p><!DOCTYPE html><p>${words(50)}</p>]]></description></item>`] }),
    () => ({ kind: "feed", label: "item without key", items: [`<item><description>${words(5)}</description></item>`] }),
    () => ({ kind: "feed", label: "escaped entities", items: [`<item><guid>e${int(0, 1e9)}</guid><title>&amp;lt;script&amp;gt; &#xD800; &#1114112; &unknown;</title><description>${"&amp;".repeat(int(1, 20_000))}</description></item>`] }),
    () => ({ kind: "feed", label: "many empty items", items: Array.from({ length: int(100, 2000) }, (_, i) => `<item><guid>m${i}</guid></item>`) }),
  ];
  const family = pick([jsonl, jsonl, html, feed]);
  return pick(family)();
}
