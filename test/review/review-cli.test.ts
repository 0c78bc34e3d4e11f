import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordDecision } from "../../src/review/record-decision.ts";
import { openStore } from "../../src/store/open-store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";
import { runCli } from "../ingest/run-cli.ts";

// Invented reports, written for this test in the style of the news.
const VILLAGE = "تل الشيح الوسطى";
const ARTICLES = [
  { id: "rv1", url: null, outlet: "alpha.example", published: "2024-03-10", title: "قصف", text: `قصفت قوات النظام بالمدفعية الثقيلة قرية ${VILLAGE} بريف إدلب الجنوبي، ما أدى إلى مقتل مدني وإصابة طفلين.` },
  { id: "rv2", url: null, outlet: "alpha.example", published: "2024-03-12", title: "غارات", text: "شنت طائرات حربية روسية غارات جوية على مدينة سرمين في ريف إدلب الشرقي اليوم، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين." },
  { id: "rv3", url: null, outlet: "beta.example", published: "2024-03-14", title: "اشتباكات", text: "اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور كبانة في ريف اللاذقية الشمالي اليوم، ما أدى إلى مقتل أربعة عناصر." },
];

function setup(): string {
  const dir = mkdtempSync(join(tmpdir(), "rasd-review-"));
  writeFileSync(join(dir, "a.jsonl"), `${ARTICLES.map((a) => JSON.stringify(a)).join("\n")}\n`);
  return dir;
}

const lines = (text: string) => text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

testEachBackEnd("users: add reads the password from stdin, list, reset, token, remove; bad input is refused", async (backEnd) => {
  const db = await backEnd.newStore();
  assert.equal((await runCli(["users", "add", "ana", "--role", "editor", "--db", db], "a long password here\n")).code, 0);
  assert.equal((await runCli(["users", "add", "ana", "--role", "viewer", "--db", db], "another long password\n")).code, 2, "taken");
  assert.equal((await runCli(["users", "add", "bo", "--role", "viewer", "--db", db], "short\n")).code, 2, "too short");
  assert.equal((await runCli(["users", "add", "bo", "--db", db], "a long password here\n")).code, 2, "no role");
  assert.equal((await runCli(["users", "add", "bo", "--role", "boss", "--db", db], "a long password here\n")).code, 2, "bad role");
  const token = await runCli(["users", "token", "ana", "--db", db]);
  assert.match(token.stdout, /^rasd_[A-Za-z0-9_-]{40,}\n$/);
  assert.equal((await runCli(["users", "reset", "ana", "--role", "admin", "--db", db], "a brand new password\n")).code, 0);
  const list = lines((await runCli(["users", "list", "--db", db])).stdout);
  assert.deepEqual(list.map((u) => [u["name"], u["role"], u["tokens"]]), [["ana", "admin", 1]]);
  assert.ok(!JSON.stringify(list).includes("scrypt"), "no hashes listed");
  assert.equal((await runCli(["users", "remove", "ana", "--db", db])).code, 0);
  assert.equal((await runCli(["users", "remove", "ana", "--db", db])).code, 1);
  assert.deepEqual(lines((await runCli(["users", "list", "--db", db])).stdout), []);
});

testEachBackEnd("exports carry status and reviewer; gold holds decided articles; reprocess keeps every decision and flags what the machine now reads otherwise", async (backEnd) => {
  const dir = setup();
  const db = await backEnd.newStore();
  assert.equal((await runCli(["ingest", "--db", db, "--quiet", join(dir, "a.jsonl")])).code, 0);
  const before = lines((await runCli(["export", "--db", db])).stdout);
  assert.ok(before.length >= 3);
  assert.ok(before.every((l) => l["status"] === "machine" && l["reviewer"] === null), "every line carries status");
  const eventOf = (article: string) => String(before.find((l) => l["article_id"] === article)!["event_id"]);

  const store = await openStore(db);
  const context = { user: "ana", now: "2024-04-01T10:00:00.000Z", actorKeys: new Set(["SYR_GOV", "HTS"]) };
  try {
    await recordDecision(store, eventOf("rv1"), { action: "place", lat: 35.52, lon: 36.61, admin1: "Idlib" }, context);
    await recordDecision(store, eventOf("rv1"), { action: "accept" }, context);
    await recordDecision(store, eventOf("rv2"), { action: "correct", fields: { fatalities: 4 }, reason: "later toll" }, context);
    await recordDecision(store, eventOf("rv3"), { action: "reject", reason: "no such clash" }, context);
  } finally {
    await store.close();
  }

  const after = lines((await runCli(["export", "--db", db])).stdout);
  const byArticle = (article: string) => after.find((l) => l["article_id"] === article)!;
  assert.equal(byArticle("rv1")["status"], "corrected");
  assert.equal((byArticle("rv1")["location"] as { lat: number }).lat, 35.52);
  assert.equal(byArticle("rv2")["killed"], 4);
  assert.equal(byArticle("rv3")["status"], "rejected");
  assert.ok(after.every((l) => l["reviewer"] === "ana"));
  const reviewedOnly = lines((await runCli(["export", "--db", db, "--reviewed-only"])).stdout);
  assert.deepEqual([...new Set(reviewedOnly.map((l) => l["article_id"]))].sort(), ["rv1", "rv2"]);

  const geo = JSON.parse((await runCli(["export", "--db", db, "--format", "geojson"])).stdout) as { features: { properties: { status: string; reviewer: string | null } }[] };
  assert.ok(geo.features.every((f) => typeof f.properties.status === "string" && "reviewer" in f.properties));
  const csv = (await runCli(["export", "--db", db, "--format", "acled-csv"])).stdout.split("\n");
  assert.ok(csv[0]!.endsWith(",status,reviewer"));
  assert.ok(csv.some((row) => row.endsWith(",rejected,ana")));

  const gold = lines((await runCli(["export", "--db", db, "--format", "gold"])).stdout);
  assert.deepEqual(gold.map((g) => g["id"]), ["rv1", "rv2", "rv3"]);
  const rv2 = gold[1]!;
  assert.equal((rv2["events"] as { killed: number }[])[0]!.killed, 4);
  assert.ok(String(rv2["text"]).includes((rv2["events"] as { evidence: string }[])[0]!.evidence), "evidence is the article's words");
  assert.deepEqual([gold[2]!["relevant"], gold[2]!["events"]], [false, []], "a rejected event is not gold");

  // The place picked for rv1 is now in the gazetteer: reprocess resolves it; no decision is lost.
  const reprocess = await runCli(["reprocess", "--db", db]);
  assert.equal(reprocess.code, 0, reprocess.stderr);
  const summary = JSON.parse(reprocess.stdout) as { reviews: number; reviews_disagreeing: number };
  assert.equal(summary.reviews, 3);
  assert.equal(summary.reviews_disagreeing, 0, "the machine now places rv1 where the person did: it agrees");
  const again = lines((await runCli(["export", "--db", db])).stdout);
  const statuses = Object.fromEntries(again.map((l) => [l["article_id"], l["status"]]));
  assert.deepEqual(statuses, { rv1: "corrected", rv2: "corrected", rv3: "rejected" });
  assert.equal(again.find((l) => l["article_id"] === "rv2")!["killed"], 4);
});

testEachBackEnd("a reviewed event the machine reads otherwise later is flagged, its decision kept", async (backEnd) => {
  const dir = setup();
  const db = await backEnd.newStore();
  assert.equal((await runCli(["ingest", "--db", db, "--quiet", join(dir, "a.jsonl")])).code, 0);
  const store = await openStore(db);
  try {
    const id = String(lines((await runCli(["export", "--db", db])).stdout).find((l) => l["article_id"] === "rv2")!["event_id"]);
    await recordDecision(store, id, { action: "accept" }, { user: "ana", now: "2024-04-01T10:00:00.000Z", actorKeys: new Set() });
    // A new extractor version reads another toll (stands in for what reprocess would write).
    await queryBuilder(store).updateTable("events").set({ fatalities: 9 }).where("event_id", "=", id).execute();
    const { flagDisagreements } = await import("../../src/review/flag-disagreements.ts");
    assert.deepEqual(await flagDisagreements(store), { reviews: 1, disagreeing: 1 });
  } finally {
    await store.close();
  }
  const line = lines((await runCli(["export", "--db", db])).stdout).find((l) => l["article_id"] === "rv2")!;
  assert.equal(line["status"], "reviewed", "the decision stands");
  const geo = JSON.parse((await runCli(["export", "--db", db, "--format", "geojson"])).stdout) as { features: { properties: { status: string; machine_disagrees: string[] } }[] };
  assert.deepEqual(geo.features.filter((f) => f.properties.status !== "machine").map((f) => f.properties.machine_disagrees), [["fatalities"]]);
});
