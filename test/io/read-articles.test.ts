import assert from "node:assert/strict";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import type { ArticleReadResult } from "../../src/io/article-read-result.ts";
import { readArticles } from "../../src/io/read-articles.ts";
import { readJsonlArticles } from "../../src/io/read-jsonl-articles.ts";
import { tempDir } from "./temp-dir.ts";

const A1 = { id: "n1", url: null, outlet: null, published: "2024-03-05", title: "قصف على البلدة", text: "قصفت قوات النظام بلدة كفرنبل صباح اليوم، ما أدى إلى إصابة مدنيين." };
const A2 = { id: "n2", published: "2024-03-06T08:30:00+03:00", title: null, text: "أفاد ناشطون بمقتل شاب برصاص مجهولين في ريف حلب." };

async function collect(source: AsyncIterable<ArticleReadResult>): Promise<ArticleReadResult[]> {
  const out: ArticleReadResult[] = [];
  for await (const item of source) out.push(item);
  return out;
}

function jsonl(bytes: Uint8Array, chunk = 7) {
  // Small chunks: lines and multi-byte characters are split across chunk boundaries.
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  return readJsonlArticles(Readable.from(chunks), { file: "in.jsonl", maxLineBytes: 1000, fallbackPublished: "2024-01-01" });
}

describe("readJsonlArticles", () => {
  it("reads good lines around a malformed one and names its line", async () => {
    const text = `${JSON.stringify(A1)}\n{"id": "bad", "text": \n\n${JSON.stringify(A2)}\r\n`;
    const items = await collect(jsonl(Buffer.from(text)));
    assert.equal(items.length, 3);
    assert.ok(items[0]!.kind === "article" && items[0]!.article.text === A1.text);
    assert.ok(items[1]!.kind === "error" && items[1]!.error.code === "not-json");
    assert.match(items[1]!.kind === "error" ? items[1]!.error.message : "", /^in\.jsonl:2: not JSON/);
    assert.ok(items[2]!.kind === "article");
    assert.equal(items[2]!.kind === "article" && items[2]!.article.published, "2024-03-06", "timestamp cut to its day");
    assert.equal(items[2]!.kind === "article" && items[2]!.origin.line, 4);
  });

  it("reports invalid UTF-8 on its own line only", async () => {
    const bytes = Buffer.concat([Buffer.from(JSON.stringify(A1) + "\n"), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from(JSON.stringify(A2))]);
    const items = await collect(jsonl(bytes, 5));
    assert.deepEqual(items.map((i) => (i.kind === "article" ? i.article.id : i.kind === "error" ? `${i.error.code}@${i.error.location.line}` : i.kind)), ["n1", "invalid-utf8@2", "n2"]);
  });

  it("rejects a missing text field and fills a missing day from the fallback", async () => {
    const items = await collect(jsonl(Buffer.from(`{"id":"x","title":"عنوان"}\n{"id":7,"text":"نص قصير"}\n`)));
    assert.ok(items[0]!.kind === "error" && /missing field "text"/.test(items[0]!.error.message));
    assert.ok(items[1]!.kind === "article" && items[1]!.article.id === "7" && items[1]!.article.published === "2024-01-01");
  });

  it("skips a line over the cap without holding it", async () => {
    const long = JSON.stringify({ id: "big", text: "ب".repeat(2000) });
    const items = await collect(jsonl(Buffer.from(`${long}\n${JSON.stringify(A1)}\n`)));
    assert.deepEqual(items.map((i) => (i.kind === "article" ? i.article.id : i.kind === "error" ? i.error.code : i.kind)), ["too-large", "n1"]);
  });
});

describe("readArticles over files and directories", () => {
  const html = `<!doctype html><html><head><title>موقع | خبر</title>
<meta property="article:published_time" content="2024-02-10T21:00:00Z">
<script>var tracking = "لا يجب أن يظهر";</script><style>p { color: red }</style></head>
<body><nav>الرئيسية</nav><article><h1>غارة على مدينة أريحا</h1>
<p>شنت طائرات حربية غارة على أطراف مدينة أريحا جنوبي إدلب.</p>
<script>document.write("نص مخفي")</script>
<p>وقال الدفاع المدني إن فرقه أسعفت ثلاثة جرحى إلى المشفى.</p></article></body></html>`;
  const dir = tempDir({
    "b/ariha.html": html,
    "a/note.txt": "عنوان الخبر\n\nاستهدفت قوات النظام بقذائف المدفعية قرية البارة.\nولم ترد أنباء عن إصابات.",
    "a/skip.md": "not an article",
    "c.jsonl": JSON.stringify(A1) + "\n",
    "d/ld.html": `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00+02:00"}]}</script></head><body><p>اعتقلت دورية شابين في مدينة الباب.</p></body></html>`,
  });

  it("walks directories in sorted order and reads each format", async () => {
    const items = await collect(readArticles([dir], Readable.from([]), { published: "2024-03-01" }));
    const ids = items.map((i) => (i.kind === "article" ? i.article.id : i.kind === "error" ? i.error.message : i.warning.detail));
    assert.deepEqual(ids, ["note", "ariha", "n1", "ld"]);
    const [note, ariha, , ld] = items.map((i) => (i.kind === "article" ? i.article : null));
    assert.equal(note!.title, "عنوان الخبر");
    assert.equal(note!.text, "استهدفت قوات النظام بقذائف المدفعية قرية البارة.\nولم ترد أنباء عن إصابات.");
    assert.equal(note!.published, "2024-03-01", "txt takes --published");
    assert.equal(ariha!.published, "2024-02-10");
    assert.match(ariha!.text, /شنت طائرات حربية غارة/);
    assert.match(ariha!.text, /أسعفت ثلاثة جرحى/);
    assert.doesNotMatch(ariha!.text, /tracking|نص مخفي|color|يظهر/);
    assert.equal(ld!.published, "2023-11-02");
  });

  it("reports a missing file and goes on; '-' reads stdin", async () => {
    const stdin = Readable.from([Buffer.from(JSON.stringify(A2) + "\n")]);
    const items = await collect(readArticles([join(dir, "nope.jsonl"), "-", join(dir, "c.jsonl")], stdin));
    assert.ok(items[0]!.kind === "error" && items[0]!.error.code === "unreadable" && items[0]!.error.message.includes("nope.jsonl"));
    assert.deepEqual(items.slice(1).map((i) => i.kind === "article" && i.article.id), ["n2", "n1"]);
  });

  it("names the line of invalid UTF-8 in a .txt file", async () => {
    const bad = tempDir({ "x.txt": Buffer.concat([Buffer.from("عنوان\nسطر سليم\n"), Buffer.from([0xc3, 0x28])]) });
    const items = await collect(readArticles([bad], Readable.from([])));
    assert.ok(items[0]!.kind === "error" && items[0]!.error.code === "invalid-utf8" && items[0]!.error.location.line === 3);
  });
});

describe("readArticles: inputs that give nothing, and files full of errors", () => {
  it("warns about an empty file, an empty directory and empty stdin", async () => {
    const dir = tempDir({ "empty.jsonl": "", "blank.jsonl": "\n  \n", "nothing/readme.md": "no articles here" });
    const items = await collect(readArticles([join(dir, "empty.jsonl"), join(dir, "blank.jsonl"), join(dir, "nothing"), "-"], Readable.from([])));
    assert.deepEqual(
      items.map((i) => (i.kind === "warning" ? `${i.warning.location.file?.replace(dir, "")}: ${i.warning.detail}` : i.kind)),
      ["/empty.jsonl: no articles in this file", "/blank.jsonl: no articles in this file", "/nothing: no .jsonl, .ndjson, .txt or .html file in this directory", "<stdin>: no articles on standard input"],
    );
  });

  it("passes five errors of a file, then one that counts the rest by reason", async () => {
    const lines = [...Array.from({ length: 8 }, (_, i) => `{"id": "bad${i}"`), JSON.stringify(A1), "[1, 2]", "[3]"];
    const dir = tempDir({ "many.jsonl": lines.join("\n") + "\n", "other.jsonl": "{oops\n" });
    const items = await collect(readArticles([join(dir, "many.jsonl"), join(dir, "other.jsonl")], Readable.from([])));
    const errors = items.filter((i) => i.kind === "error");
    assert.equal(errors.length, 7, "five of many.jsonl, its summary, one of other.jsonl");
    const summary = errors[5]!;
    assert.equal(summary.count, 5);
    assert.equal(summary.error.message, `${join(dir, "many.jsonl")}: … 5 more lines skipped (3 not JSON, 2 not an article)`);
    assert.ok(items.some((i) => i.kind === "article" && i.article.id === "n1"), "the good line in between is read");
    assert.match(errors[6]!.error.message, /other\.jsonl:1: not JSON/);
  });
});
