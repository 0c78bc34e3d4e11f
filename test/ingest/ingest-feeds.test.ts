import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { openStore } from "../../src/store/open-store.ts";
import { runCli } from "./run-cli.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";

const PAGE_TEXT = [
  "أفاد مراسلون محليون بأن قوات النظام السورية قصفت قرية كنصفرة في جبل الزاوية بقذائف المدفعية صباح الثلاثاء.",
  "وأسفر القصف عن إصابة امرأتين بجروح طفيفة نقلتا على إثرها إلى مشفى قريب، بحسب فرق الدفاع المدني.",
  "وتشهد قرى المنطقة قصفا شبه يومي منذ مطلع الشهر، ما دفع عشرات العائلات إلى النزوح نحو المخيمات الحدودية.",
].join(" ");
const LONG_ITEM = "خرج المئات من أهالي مدينة إدلب في مظاهرة سلمية وسط المدينة رفعوا خلالها لافتات تطالب بتحسين الخدمات. ".repeat(8);

let server: Server;
let base = "";
const hits = new Map<string, number>();
const hanging: ServerResponse[] = [];

function rss(items: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title><link>${base}/</link>${items}</channel></rss>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? "/";
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
  };
  switch (path) {
    case "/rss.xml":
      if (req.headers["if-none-match"] === '"v1"') return send(304, "application/rss+xml", "");
      return send(200, "application/rss+xml; charset=utf-8", rss(`
        <item><title>قصف على كنصفرة</title><link>${base}/news/1</link><guid>n1</guid><pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate><description>قصف مدفعي على كنصفرة…</description></item>
        <item><title>مظاهرة في إدلب</title><link>${base}/news/2</link><guid>n2</guid><description><![CDATA[<p>${LONG_ITEM}</p>]]></description></item>
        <item><title>خبر معطوب</title><link>${base}/missing</link><guid>n3</guid><description>قصير</description></item>`), { etag: '"v1"' });
    case "/clean.xml":
      if (req.headers["if-none-match"] === '"c1"') return send(304, "application/rss+xml", "");
      return send(200, "application/rss+xml; charset=utf-8", rss(`<item><title>وقفة في سرمدا</title><guid>c1</guid><description><![CDATA[<p>${LONG_ITEM.replace("إدلب", "سرمدا")}</p>]]></description></item>`), { etag: '"c1"' });
    case "/news/1":
      return send(200, "text/html; charset=utf-8", `<html><head><meta property="article:published_time" content="2024-05-07"></head><body><article><h1>قصف على كنصفرة</h1><p>${PAGE_TEXT}</p><script>var x = "نص من سكربت";</script></article></body></html>`);
    case "/atom.xml":
      return send(200, "application/atom+xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title><entry><id>tag:a,1</id><title>خبر</title><link href="${base}/news/a1"/><updated>2024-05-08T08:00:00Z</updated><content type="html">&lt;p&gt;${LONG_ITEM.replace("إدلب", "سرمدا")}&lt;/p&gt;</content></entry></feed>`);
    case "/bomb.xml":
      return send(200, "application/rss+xml", `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "ههههههههههههههههههههههههه"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&g;</title><item><title>&g;&x;</title><guid>b1</guid><description>&g; &x;</description></item></channel></rss>`);
    case "/broken.xml":
      return send(200, "application/rss+xml", `<?xml version="1.0"?><rss><channel><item><title>نص`);
    case "/hang":
      hanging.push(res); // never answers
      return;
    case "/failing.xml":
      return send(500, "text/plain", "down");
    default:
      return send(404, "text/plain", "no");
  }
}

before(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

testEachBackEnd("an RSS feed: summary-only items are fetched as pages, full items used as they are, failures reported", async (backEnd) => {
  const db = await backEnd.newStore();
  const result = await runCli(["ingest", "--db", db, "--allow-private", "--quiet", `${base}/rss.xml`, `${base}/atom.xml`]);
  assert.equal(result.code, 1, "one item failed (HTTP 404) → exit code 1");
  assert.match(result.stderr, /missing.*HTTP 404/);
  assert.match(result.stderr, /ingested 3 article\(s\)/);
  const store = await openStore(db, { readonly: true });
  const rows = await queryBuilder(store).selectFrom("articles").select(["url", "outlet_id", "published", "text", "source_kind"]).orderBy("url").execute();
  assert.deepEqual(rows.map((r) => r.url), [`${base}/news/1`, `${base}/news/2`, `${base}/news/a1`]);
  assert.equal(rows[0]!.outlet_id, "127.0.0.1", "outlet from the domain");
  assert.equal(rows[0]!.published, "2024-05-07");
  assert.match(rows[0]!.text, /كنصفرة/);
  assert.doesNotMatch(rows[0]!.text, /سكربت/);
  assert.equal(hits.get("/news/2"), undefined, "a full item is not fetched again");
  await store.close();
  const again = await runCli(["ingest", "--db", db, "--allow-private", "--quiet", `${base}/rss.xml`]);
  assert.match(again.stderr, /ingested 0 article\(s\)/);
});

testEachBackEnd("hostile and malformed feeds: entities are never expanded, malformed feeds reported", async (backEnd) => {
  const db = await backEnd.newStore();
  const result = await runCli(["ingest", "--db", db, "--allow-private", `${base}/bomb.xml`, `${base}/broken.xml`]);
  assert.ok(result.stderr.length < 20_000, "nothing was expanded into the messages");
  assert.doesNotMatch(result.stderr, /root:/);
  assert.match(result.stderr, /broken\.xml: malformed feed/);
  const store = await openStore(db, { readonly: true });
  const texts = await queryBuilder(store).selectFrom("articles").select("text").execute();
  assert.deepEqual(texts.map((t) => t.text), ["&g; &x;"], "the entity references stay as written");
  await store.close();
  assert.equal((await runCli(["ingest", "--db", await backEnd.newStore(), "--allow-private", `${base}/broken.xml`])).code, 1, "nothing ingested → exit code 1");
  const local = join(mkdtempSync(join(tmpdir(), "rasd-feed-")), "bomb.rss");
  writeFileSync(local, `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "ها"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><guid>1</guid><title>&b;</title><description>&b;</description></item></channel></rss>`);
  const fromFile = await runCli(["ingest", "--db", db, local]);
  assert.doesNotMatch(fromFile.stderr, /هاهاها/);
});

testEachBackEnd("a URL that never answers times out; private addresses are refused without --allow-private", async (backEnd) => {
  const db = await backEnd.newStore();
  // The message proves the 1 s timeout cut the request (without it the command would wait for the
  // server for ever and the test time out); no wall-clock bound, which a busy machine breaks.
  const hang = await runCli(["ingest", "--db", db, "--allow-private", "--timeout", "1", `${base}/hang`]);
  assert.equal(hang.code, 1);
  assert.match(hang.stderr, /no complete answer within 1000 ms/);
  const refused = await runCli(["ingest", "--db", db, `${base}/rss.xml`, "ftp://127.0.0.1/x", "http://169.254.169.254/latest/meta-data"]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /rss\.xml: 127\.0\.0\.1 resolves to a private, loopback or link-local address/);
  assert.match(refused.stderr, /169\.254\.169\.254/);
});

testEachBackEnd("watch: conditional GET, no re-ingest after a restart, backoff on failures, failed items retried", async (backEnd) => {
  const db = await backEnd.newStore();
  const missingBefore = hits.get("/missing") ?? 0;
  const feeds = join(mkdtempSync(join(tmpdir(), "rasd-feed-")), "feeds.txt");
  writeFileSync(feeds, `# test feeds\n${base}/rss.xml\n${base}/failing.xml\n${base}/clean.xml\n`);
  // Every 3 s: the failing feed then waits 6 s, so a second run 3 s later (plus however long a busy
  // machine takes to start it) finds the other feeds due and the failing one not yet.
  const first = await runCli(["watch", "--db", db, "--feeds", feeds, "--every", "3s", "--once", "--allow-private", "--in-process"]);
  assert.equal(first.code, 1, "a feed failed → exit code 1");
  assert.match(first.stderr, /failing\.xml: .*HTTP 500 \(failure 1/);
  await new Promise((r) => setTimeout(r, 3100));
  const second = await runCli(["watch", "--db", db, "--feeds", feeds, "--every", "3s", "--once", "--allow-private", "--in-process"]);
  assert.match(second.stderr, /0 new article\(s\)/);
  const store = await openStore(db, { readonly: true });
  const states = await queryBuilder(store).selectFrom("feeds").selectAll().orderBy("url").execute();
  const [clean, failing, withMissingItem] = states;
  assert.equal(clean!.last_status, 304, "the second poll of a fully stored feed was answered Not Modified");
  assert.equal(withMissingItem!.last_status, 200, "a feed with an item still to retry is fetched in full again");
  assert.equal(withMissingItem!.etag, null, "its ETag was not saved while an item failed");
  assert.equal(hits.get("/missing"), 2 + missingBefore, "the failed item's page was tried again");
  assert.equal(failing!.failures, 1, "the failing feed waits 6 s before its second try, so it was not polled again");
  assert.ok(Date.parse(failing!.next_check!) >= Date.parse(failing!.last_checked!) + 6000);
  const articles = await queryBuilder(store).selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  assert.equal(Number(articles.n), 3);
  await store.close();
});
