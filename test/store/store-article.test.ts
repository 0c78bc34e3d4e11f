import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { storeArticle } from "../../src/ingest/store-article.ts";
import { getArticle } from "../../src/store/get-article.ts";
import { getEvent } from "../../src/store/get-event.ts";
import { listOutlets } from "../../src/store/list-outlets.ts";
import { openStore } from "../../src/store/open-store.ts";
import { queryEvents } from "../../src/store/query-events.ts";
import { queryStats } from "../../src/store/query-stats.ts";
import type { Store } from "../../src/store/store.ts";
import { FIXTURE, type FixtureArticle, fixtureExtractor } from "./fixture-corpus.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";
import { queryBuilder } from "../../src/store/store-session.ts";

const NOW = "2024-03-08T00:00:00Z";

async function ingestAll(store: Store, articles: readonly FixtureArticle[]) {
  const extract = fixtureExtractor();
  const outcomes = [];
  for (const { article } of articles) outcomes.push(await storeArticle(store, { article, sourceKind: "jsonl", extraction: extract(article), now: NOW }));
  return outcomes;
}

async function snapshot(store: Store) {
  const events = await queryBuilder(store).selectFrom("events").selectAll().orderBy("event_id").execute();
  const reports = await queryBuilder(store).selectFrom("reports").select(["report_key", "article_id", "event_id"]).orderBy("report_key").execute();
  const articles = await queryBuilder(store).selectFrom("articles").select(["id", "syndicated_of"]).orderBy("id").execute();
  return { events, reports, articles };
}

testEachBackEnd("three outlets' reports of one shelling merge into one event with a claim each", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  await ingestAll(store, FIXTURE);
  const page = await queryEvents(store);
  assert.equal(page.total, 2);
  const shelling = page.items.find((e) => e.event_type === "Explosions/Remote violence")!;
  assert.equal(shelling.n_reports, 3);
  assert.equal(shelling.fatalities, 3, "ACLED's conservative rule: the lowest count");
  assert.deepEqual([shelling.killed_min, shelling.killed_max], [3, 4]);
  assert.equal(shelling.n_outlets, 2, "the syndicated copy is not an independent outlet");
  assert.equal(shelling.grade, "corroborated");
  assert.match(shelling.grade_reason, /2 independent outlets/);
  assert.equal(shelling.date, "2024-03-05");
  const detail = await getEvent(store, shelling.event_id);
  assert.deepEqual(detail!.claims.map((c) => c.article_id), ["fx-a", "fx-b", "fx-c"]);
  assert.deepEqual(detail!.claims.map((c) => c.outlet_id), ["alpha.example", "beta.example", "gamma.example"]);
  assert.equal(detail!.claims[0]!.evidence.text, FIXTURE[0]!.article.text.slice(detail!.claims[0]!.evidence.start, detail!.claims[0]!.evidence.end));
  await store.close();
});

testEachBackEnd("near-identical text from a second outlet is linked as a syndicated copy", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  await ingestAll(store, FIXTURE);
  const copy = await getArticle(store, "fx-c");
  assert.equal(copy!.syndicated_of, "fx-b");
  assert.deepEqual(copy!.syndicated_copies, ["fx-b"]);
  const original = await getArticle(store, "fx-a");
  assert.equal(original!.syndicated_of, null);
  assert.deepEqual(original!.syndicated_copies, []);
  assert.equal(original!.spans[0]!.event_ids.length, 1, "spans are linked to merged events");
  await store.close();
});

testEachBackEnd("ingest is idempotent: the same articles again, or the same URL or text under another id, change nothing", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  await ingestAll(store, FIXTURE);
  const before = await snapshot(store);
  const again = await ingestAll(store, FIXTURE);
  assert.deepEqual(again.map((o) => o.status), ["duplicate", "duplicate", "duplicate", "duplicate"]);
  const sameUrl = { ...FIXTURE[0]!, article: { ...FIXTURE[0]!.article, id: "other-id", text: "نص آخر تماما عن موضوع مختلف" } };
  const sameText = { ...FIXTURE[1]!, article: { ...FIXTURE[1]!.article, id: "third-id", url: null, text: `  ${FIXTURE[1]!.article.text.replace("قُتل", "قتل")} ` } };
  const outcomes = await ingestAll(store, [sameUrl, sameText]);
  assert.deepEqual(outcomes, [
    { status: "duplicate", articleId: "fx-a", reason: "same url" },
    { status: "duplicate", articleId: "fx-b", reason: "same content" },
  ]);
  assert.deepEqual(await snapshot(store), before);
  await store.close();
});

testEachBackEnd("ingesting in reverse order gives identical events and ids", async (backEnd) => {
  const forward = await openStore(await backEnd.newStore());
  await ingestAll(forward, FIXTURE);
  const backward = await openStore(await backEnd.newStore());
  await ingestAll(backward, [...FIXTURE].reverse());
  // The reasons record which report was linked to which, in the order they came: only they may differ.
  const withoutReasons = (s: Awaited<ReturnType<typeof snapshot>>) => ({ ...s, events: s.events.map((e) => ({ ...e, merge_reasons_json: null })) });
  assert.deepEqual(withoutReasons(await snapshot(backward)), withoutReasons(await snapshot(forward)));
  await forward.close();
  await backward.close();
});

testEachBackEnd("contested: reports disagree on who shelled", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  const disputed = FIXTURE.slice(0, 2).map((f, i) => ({ ...f, events: f.events.map((e) => ({ ...e, actor1: i === 0 ? "SYR_GOV" : "RUS_MIL" })) }));
  const extract = fixtureExtractor(disputed);
  for (const { article } of disputed) await storeArticle(store, { article, sourceKind: "jsonl", extraction: extract(article), now: NOW });
  const [event] = (await queryEvents(store)).items;
  assert.equal(event!.grade, "contested");
  assert.match(event!.grade_reason, /who did it: RUS_MIL \(1\) vs SYR_GOV \(1\)/);
  await store.close();
});

testEachBackEnd("filters, text search with harakat, outlets and stats", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  await ingestAll(store, FIXTURE);
  const ids = async (filter: Parameters<typeof queryEvents>[1]) => (await queryEvents(store, filter)).items.map((e) => e.event_type);
  const cases: [string, Parameters<typeof queryEvents>[1], string[]][] = [
    ["date range", { dateFrom: "2024-03-06", dateTo: "2024-03-31" }, ["Battles"]],
    ["type", { eventType: "Battles" }, ["Battles"]],
    ["sub-type", { subEventType: "Shelling/artillery/missile attack" }, ["Explosions/Remote violence"]],
    ["actor as actor2", { actor: "CIVILIANS" }, ["Explosions/Remote violence"]],
    ["governorate, any case", { governorate: "idlib" }, ["Battles", "Explosions/Remote violence"]],
    ["place with hamza and harakat", { place: "سَرمين" }, ["Explosions/Remote violence"]],
    ["outlet of any claim", { outlet: "https://www.gamma.example/" }, ["Explosions/Remote violence"]],
    ["grade", { grade: "single source" }, ["Battles"]],
    ["text query with harakat matches unvowelled text", { q: "اشتِباكات عنيفة" }, ["Battles"]],
    ["text query finds a word with a clitic attached", { q: "سرمين" }, ["Explosions/Remote violence"]],
    ["text query of two-letter words only matches nothing", { q: "في" }, []],
    ["bbox", { bbox: [36.5, 35.6, 36.6, 35.8] }, ["Battles"]],
  ];
  for (const [label, filter, expected] of cases) assert.deepEqual(await ids(filter), expected, label);
  const page = await queryEvents(store, {}, { limit: 1, offset: 1 });
  assert.equal(page.total, 2);
  assert.equal(page.items.length, 1);
  assert.equal(page.items[0]!.event_type, "Explosions/Remote violence", "newest first");
  const outlets = await listOutlets(store);
  assert.deepEqual(outlets.map((o) => [o.id, o.articles, o.events]), [["alpha.example", 2, 2], ["beta.example", 1, 1], ["gamma.example", 1, 1]]);
  const stats = await queryStats(store);
  assert.equal(stats.events, 2);
  assert.deepEqual(stats.by_day, [
    { date: "2024-03-05", event_type: "Explosions/Remote violence", count: 1 },
    { date: "2024-03-07", event_type: "Battles", count: 1 },
  ]);
  await store.close();
});

test("the store is in WAL mode and survives reopening", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const path = join(mkdtempSync(join(tmpdir(), "rasd-store-")), "s.db");
  const store = await openStore(path);
  await ingestAll(store, FIXTURE);
  const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(queryBuilder(store));
  assert.equal(mode.rows[0]!.journal_mode, "wal");
  await store.close();
  const reader = await openStore(path, { readonly: true });
  assert.equal((await queryEvents(reader)).total, 2);
  await reader.close();
});
