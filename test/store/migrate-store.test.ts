import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { writeGeoJson } from "../../src/export/write-geojson.ts";
import { writeReportJsonl } from "../../src/export/write-report-jsonl.ts";
import { storeArticle } from "../../src/ingest/store-article.ts";
import { splitArticleOff } from "../../src/merge/hand-merge.ts";
import { copyStore, rowCount } from "../../src/store/copy-store.ts";
import { feedState, markFeedItemSeen, updateFeedState } from "../../src/store/feed-state.ts";
import { openStore } from "../../src/store/open-store.ts";
import { addPlaceAlias } from "../../src/store/place-queries.ts";
import { queryEvents } from "../../src/store/query-events.ts";
import type { Store } from "../../src/store/store.ts";
import { withWriteTransaction } from "../../src/store/with-write-transaction.ts";
import { newDatabase } from "../back-ends/each-back-end.ts";
import { throwawayPostgres } from "../back-ends/throwaway-postgres.ts";
import { runCli } from "../ingest/run-cli.ts";
import { FIXTURE, fixtureExtractor } from "./fixture-corpus.ts";

const NOW = "2024-03-08T00:00:00Z";
const TABLES = ["outlets", "articles", "article_urls", "article_bands", "articles_fts", "places", "place_aliases", "events", "reports", "spans", "feeds", "feed_items", "merge_overrides"];

/** A store with a bit of everything: articles, merged events, a hand split, feed state, an alias. */
async function fullStore(path: string): Promise<Store> {
  const store = await openStore(path);
  const extract = fixtureExtractor();
  for (const { article } of FIXTURE.slice(0, 3)) await storeArticle(store, { article, sourceKind: "jsonl", extraction: extract(article), now: NOW });
  const shelling = (await queryEvents(store)).items[0]!;
  await withWriteTransaction(store, (session) => splitArticleOff(session, shelling.event_id, "fx-b", NOW));
  await feedState(store, "https://alpha.example/feed");
  await updateFeedState(store, "https://alpha.example/feed", { etag: '"v1"', failures: 2, last_error: "timeout" });
  await markFeedItemSeen(store, "https://alpha.example/feed", "guid-1", "fx-a", NOW);
  await addPlaceAlias(store, "sy:sarmin", "سرمين الشرقية", NOW);
  return store;
}

async function exported(store: Store): Promise<string> {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c: Buffer) => (text += c.toString("utf8")));
  await writeReportJsonl(store, out);
  await writeGeoJson(store, out);
  return text;
}

test("migrate-store copies an SQLite store into PostgreSQL with nothing lost, and ingest carries on alike", async (t) => {
  const server = await throwawayPostgres();
  if ("unavailable" in server) return t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
  const file = join(mkdtempSync(join(tmpdir(), "rasd-migrate-")), "s.db");
  const source = await fullStore(file);
  await source.close();
  const url = await newDatabase(server.url);
  const run = await runCli(["migrate-store", "--from", file, "--to", url]);
  assert.equal(run.code, 0, run.stderr);

  const [from, to] = [await openStore(file), await openStore(url)];
  for (const table of TABLES) assert.equal(await rowCount(to, table), await rowCount(from, table), table);
  assert.ok((await rowCount(to, "merge_overrides")) > 0 && (await rowCount(to, "feed_items")) > 0, "the fixture has hand decisions and feed state");
  assert.equal(await exported(to), await exported(from), "the full export is identical");

  // Row ids continue after the copied ones: the next article merges the same way in both.
  const extract = fixtureExtractor();
  const last = FIXTURE[3]!.article;
  for (const store of [from, to]) await storeArticle(store, { article: last, sourceKind: "jsonl", extraction: extract(last), now: NOW });
  assert.equal(await exported(to), await exported(from), "identical after one more article");

  const again = await copyStore(from, to).catch((error: Error) => error);
  assert.ok(again instanceof Error && /already holds 4 article/.test(again.message), "never copies into a store that holds articles");
  await from.close();
  await to.close();
});

test("a postgres:// --db is a database, never a file named postgres:", async (t) => {
  const server = await throwawayPostgres();
  if ("unavailable" in server) return t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
  const dir = mkdtempSync(join(tmpdir(), "rasd-cwd-"));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const url = await newDatabase(server.url);
    const empty = await runCli(["events", "--db", url]);
    assert.notEqual(empty.code, 0);
    assert.match(empty.stderr, /no database here; create it with: rasd ingest --db postgres:/);
    const input = join(mkdtempSync(join(tmpdir(), "rasd-in-")), "a.jsonl");
    writeFileSync(input, `${JSON.stringify(FIXTURE[0]!.article)}\n`);
    const ingest = await runCli(["ingest", "--db", url, "--quiet", input]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const events = await runCli(["events", "--db", url]);
    assert.equal(events.code, 0, events.stderr);
    const wrong = await runCli(["events", "--db", "postgres://rasd:secret@127.0.0.1:1/none"]);
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /cannot open the database/);
    assert.doesNotMatch(wrong.stderr, /secret/, "the password is not shown");
    assert.deepEqual(readdirSync(dir), [], "nothing written in the working directory");
    assert.equal(existsSync(join(dir, "postgres:")), false);
  } finally {
    process.chdir(cwd);
  }
});
