import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import { newDatabase } from "../back-ends/each-back-end.ts";
import { throwawayPostgres } from "../back-ends/throwaway-postgres.ts";
import { runCli } from "./run-cli.ts";

// Invented example texts (not news): long enough to be taken from the feed without fetching the page.
const ITEM_A = "خرج المئات من أهالي بلدة سرمين في وقفة سلمية وسط البلدة رفعوا خلالها لافتات تطالب بتحسين الخدمات. ".repeat(8);
const ITEM_B = "قصفت قوات النظام بلدة البارة في ريف إدلب بالمدفعية الثقيلة، ما أدى إلى مقتل ثلاثة مدنيين بحسب الدفاع المدني. ".repeat(8);
const PAGE = "شنت طائرات حربية غارات جوية على أطراف بلدة أريحا، وأسفرت الغارات عن مقتل شخصين بينهم طفل، وفق مراسلين محليين.";

let server: Server;
let base = "";
let feedHits = 0;

function handle(req: IncomingMessage, res: ServerResponse): void {
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };
  if (req.url === "/feed.xml") {
    feedHits++;
    return send(200, "application/rss+xml; charset=utf-8", `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أمثلة</title><link>${base}/</link>
      <item><title>وقفة في سرمين</title><link>${base}/news/a</link><guid>a</guid><description><![CDATA[<p>${ITEM_A}</p>]]></description></item>
      <item><title>قصف على البارة</title><link>${base}/news/b</link><guid>b</guid><description><![CDATA[<p>${ITEM_B}</p>]]></description></item>
      <item><title>غارات على أريحا</title><link>${base}/news/c</link><guid>c</guid><description>غارات…</description></item></channel></rss>`);
  }
  if (req.url === "/news/c") return send(200, "text/html; charset=utf-8", `<html><body><article><h1>غارات على أريحا</h1><p>${PAGE}</p></article></body></html>`);
  return send(404, "text/plain", "no");
}

before(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function rows<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

test("watch --db postgres:// queues the polls; a worker's poll queues the feed's articles with turns, workers store them", { timeout: 180_000 }, async (t) => {
  const pgServer = await throwawayPostgres();
  if ("unavailable" in pgServer) return t.skip(`PostgreSQL unavailable: ${pgServer.unavailable}`);
  const url = await newDatabase(pgServer.url);
  const feeds = join(mkdtempSync(join(tmpdir(), "rasd-watchq-")), "feeds.txt");
  writeFileSync(feeds, `${base}/feed.xml\n`);

  const watch = await runCli(["watch", "--db", url, "--feeds", feeds, "--every", "1h", "--once", "--allow-private"]);
  assert.equal(watch.code, 0, watch.stderr);
  assert.equal(feedHits, 0, "watch fetched nothing itself");
  const polls = await rows<{ data: { kind: string; url: string } }>(url, "SELECT data FROM pgboss.job WHERE name = 'rasd-ingest'");
  assert.deepEqual(polls.map((p) => [p.data.kind, p.data.url]), [["poll", `${base}/feed.xml`]]);
  assert.equal((await rows(url, "SELECT 1 FROM articles")).length, 0);

  const worker = await runCli(["worker", "--db", url, "--drain", "--allow-private", "--job-timeout", "30"]);
  assert.equal(worker.code, 0, worker.stderr);
  assert.equal(feedHits, 1);
  const turns = await rows<{ turn: number; article_id: string; source: string; done: number; failure: string | null }>(url, "SELECT turn, article_id, source, done, failure FROM ingest_turns ORDER BY turn");
  assert.equal(turns.length, 3, "one turn per article of the feed, in feed order");
  assert.deepEqual(turns.map((r) => [r.done, r.failure]), [[1, null], [1, null], [1, null]]);
  assert.match(turns[0]!.source, /feed\.xml › وقفة في سرمين$/);
  const articles = await rows<{ id: string; source_kind: string }>(url, "SELECT id, source_kind FROM articles ORDER BY id");
  assert.deepEqual(articles.map((a) => a.id).sort(), turns.map((r) => r.article_id).sort(), "the queued articles were stored");
  assert.ok(articles.every((a) => a.source_kind === "feed"));
  assert.equal((await rows(url, "SELECT 1 FROM feed_items WHERE article_id IS NOT NULL")).length, 3, "items marked seen");

  // A second watch in the same interval (a restart) queues no second poll of the feed.
  assert.equal((await runCli(["watch", "--db", url, "--feeds", feeds, "--every", "1h", "--once", "--allow-private"])).code, 0);
  assert.equal((await rows(url, "SELECT 1 FROM pgboss.job WHERE name = 'rasd-ingest' AND data->>'kind' = 'poll'")).length, 1);

  // --in-process keeps the old path: polled and ingested here (nothing new in the feed).
  const inProcess = await runCli(["watch", "--db", url, "--feeds", feeds, "--every", "1s", "--once", "--allow-private", "--in-process"]);
  assert.equal(inProcess.code, 0, inProcess.stderr);
  assert.equal(feedHits, 1, "not due yet (polled an hour-interval ago)");
  assert.match(inProcess.stderr, /polled 1 feed\(s\): 0 new article/);
});
