import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../src/server/build-app.ts";
import { getEvent } from "../../src/store/get-event.ts";
import { openStore } from "../../src/store/open-store.ts";
import { runCli } from "../ingest/run-cli.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";

// Invented reports, written for this test in the style of the news.
const VILLAGE = "تل الشيح الوسطى";
const SHELLING = `قصفت قوات النظام بالمدفعية الثقيلة قرية ${VILLAGE} بريف إدلب الجنوبي، ما أدى إلى مقتل مدني وإصابة طفلين.`;
const STRIKE_A = "شنت طائرات حربية روسية غارات جوية على مدينة سرمين في ريف إدلب الشرقي اليوم، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين بحسب الدفاع المدني.";
const STRIKE_B = "قتل ثلاثة مدنيين وأصيب خمسة آخرون اليوم بغارات جوية روسية استهدفت مدينة سرمين شرقي إدلب، وفق ما أفاد الدفاع المدني.";

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "rasd-merge-"));
  const file = join(dir, "a.jsonl");
  const lines = [
    { id: "inv1", url: null, outlet: "alpha.example", published: "2024-03-10", title: "قصف", text: SHELLING },
    { id: "inv2", url: null, outlet: "alpha.example", published: "2024-03-12", title: "غارات على سرمين", text: STRIKE_A },
    { id: "inv3", url: null, outlet: "beta.example", published: "2024-03-12", title: "قتلى بغارات روسية", text: STRIKE_B },
  ];
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  return file;
}

async function reportsOf(db: string) {
  const store = await openStore(db, { readonly: true });
  try {
    return await queryBuilder(store).selectFrom("reports").select(["article_id", "event_id", "place_name", "gazetteer_id"]).orderBy("article_id").orderBy("ordinal").execute();
  } finally {
    await store.close();
  }
}

testEachBackEnd("reprocess after gazetteer add resolves the place; a second reprocess changes nothing", async (backEnd) => {
  const db = await backEnd.newStore();
  assert.equal((await runCli(["ingest", "--db", db, "--quiet", corpus()])).code, 0);
  const before = (await reportsOf(db)).filter((r) => r.article_id === "inv1");
  assert.ok(before.length > 0 && before.every((r) => !r.gazetteer_id?.startsWith("user:")));
  const add = await runCli(["gazetteer", "add", "--db", db, "--name-ar", VILLAGE, "--lat", "35.52", "--lon", "36.61", "--admin1", "Idlib", "--kind", "village"]);
  assert.equal(add.code, 0, add.stderr);

  const first = await runCli(["reprocess", "--db", db]);
  assert.equal(first.code, 0, first.stderr);
  const summary = JSON.parse(first.stdout) as { articles: number; changed_articles: number };
  assert.deepEqual([summary.articles, summary.changed_articles], [3, 1]);
  const after = await reportsOf(db);
  assert.ok(after.some((r) => r.article_id === "inv1" && r.gazetteer_id === "user:35.52000,36.61000"), JSON.stringify(after));

  const second = await runCli(["reprocess", "--db", db]);
  assert.deepEqual(JSON.parse(second.stdout), { articles: 3, changed_articles: 0, reports_before: after.length, reports_after: after.length, events_added: 0, events_removed: 0, reports_moved: 0, reviews: 0, reviews_disagreeing: 0 });
  assert.deepEqual(await reportsOf(db), after, "nothing moved");
  assert.equal((await runCli(["reprocess", "--db", db, "--since", "2024-13-01"])).code, 2);
});

testEachBackEnd("merge split and join through the CLI, kept by reprocess; reasons in the API", async (backEnd) => {
  const db = await backEnd.newStore();
  assert.equal((await runCli(["ingest", "--db", db, "--quiet", corpus()])).code, 0);
  const strike = (await reportsOf(db)).filter((r) => r.article_id !== "inv1");
  const shared = strike.find((r) => strike.some((o) => o.article_id !== r.article_id && o.event_id === r.event_id));
  assert.ok(shared, `the two reports of the strike merge: ${JSON.stringify(strike)}`);
  const eventId = shared.event_id!;

  const store = await openStore(db);
  const app = await buildApp({ store, token: "t0k" });
  const detail = (await app.inject({ method: "GET", url: `/api/events/${eventId}` })).json() as { merge_reasons: { kind: string; p: number; reasons: string[] }[] };
  assert.equal(detail.merge_reasons[0]?.kind, "model");
  assert.ok(detail.merge_reasons[0]!.reasons.length > 0);
  assert.equal((await app.inject({ method: "POST", url: `/api/events/${eventId}/split`, payload: { article_id: "inv3" } })).statusCode, 401);
  await app.close();
  await store.close();

  const split = await runCli(["merge", "split", "--db", db, eventId, "inv3"]);
  assert.equal(split.code, 0, split.stderr);
  const apart = await reportsOf(db);
  const [e2, e3] = ["inv2", "inv3"].map((id) => apart.find((r) => r.article_id === id && r.place_name.includes("سرمين"))!.event_id);
  assert.notEqual(e2, e3, "split off");
  assert.equal((await runCli(["reprocess", "--db", db])).code, 0);
  assert.equal((await runCli(["merge", "split", "--db", db, "ev-none", "inv3"])).code, 2);

  const join = await runCli(["merge", "join", "--db", db, e2!, e3!]);
  assert.equal(join.code, 0, join.stderr);
  const joined = join.stdout.trim();
  const reader = await openStore(db, { readonly: true });
  const event = await getEvent(reader, joined);
  await reader.close();
  assert.deepEqual([...new Set(event!.claims.map((c) => c.article_id))].sort(), ["inv2", "inv3"]);
  assert.ok(event!.merge_reasons.some((r) => r.kind === "manual-join"));
  assert.equal((await runCli(["merge", "join", "--db", db, joined])).code, 2);
});
