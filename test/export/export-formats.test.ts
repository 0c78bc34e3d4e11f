import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { storeArticle } from "../../src/ingest/store-article.ts";
import { openStore } from "../../src/store/open-store.ts";
import { runCli } from "../ingest/run-cli.ts";
import { FIXTURE, fixtureExtractor } from "../store/fixture-corpus.ts";
import { makeEvent } from "../merge/make-event.ts";

async function fixtureDb(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "rasd-export-")), "s.db");
  const store = await openStore(path);
  const extract = fixtureExtractor();
  for (const { article } of FIXTURE) await storeArticle(store, { article, sourceKind: "jsonl", extraction: extract(article), now: "2024-03-08T00:00:00Z" });
  await store.close();
  return path;
}

test("jsonl: one line per report, CONTRACT fields, the merged event_id shared by the reports of one event", async () => {
  const db = await fixtureDb();
  const { code, stdout } = await runCli(["export", "--db", db, "--format", "jsonl"]);
  assert.equal(code, 0);
  const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 4);
  const shelling = lines.filter((l) => l["event_type"] === "Explosions/Remote violence");
  assert.deepEqual(shelling.map((l) => l["article_id"]), ["fx-a", "fx-b", "fx-c"]);
  assert.equal(new Set(shelling.map((l) => l["event_id"])).size, 1);
  const text = FIXTURE[1]!.article.text;
  const ev = shelling[1]!["evidence"] as { start: number; end: number; text: string };
  assert.equal(text.slice(ev.start, ev.end), ev.text);
  for (const key of ["sub_event_type", "actor1", "actor2", "location", "date", "killed", "injured", "source"]) assert.ok(key in shelling[0]!, key);
});

test("acled-csv keeps ACLED's columns, --hxl adds the hashtag row; filters apply", async () => {
  const db = await fixtureDb();
  const { stdout } = await runCli(["export", "--db", db, "--format", "acled-csv", "--hxl"]);
  const rows = stdout.trim().split("\n");
  // ACLED's columns in ACLED's order, then rasd's Arabic names after them.
  assert.equal(rows[0], "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,location_ar,admin1_ar,status,reviewer");
  assert.match(rows[1]!, /^#event\+code,#date\+occurred,/);
  assert.equal(rows.length, 4);
  const filtered = await runCli(["export", "--db", db, "--format", "acled-csv", "--type", "Battles"]);
  assert.equal(filtered.stdout.trim().split("\n").length, 2);
  assert.match(filtered.stdout, /2024-03-07,2024,1,Political violence,Battles,Armed clash/);
  assert.equal((await runCli(["export", "--db", db, "--format", "geojson", "--hxl"])).code, 2, "--hxl only with acled-csv");
});

test("acled-csv: location in Latin script with the Arabic in its own column, notes one sentence from the coded fields", async () => {
  const db = await fixtureDb();
  const { stdout } = await runCli(["export", "--db", db, "--format", "acled-csv"]);
  const rows = csvRecords(stdout);
  const sarmin = rows.find((r) => r["location_ar"] === "سرمين")!;
  assert.equal(sarmin["location"], "Sarmin", "the gazetteer's English name");
  assert.equal(sarmin["admin1_ar"], "إدلب");
  assert.equal(sarmin["notes"], "On 5 March 2024, Syrian government forces shelled civilians in Sarmin (Idlib), killing 3 and injuring 5.");
  assert.match(sarmin["tags"]!, /^corroborated; 3 reports from 2 independent outlets; reports give 3-4 killed$/);
  for (const r of rows) {
    assert.doesNotMatch(r["location"]!, /[\u0600-\u06ff]/, "no Arabic script in location");
    assert.match(r["notes"]!, /^(On|In|Around) .+\.$/);
    assert.doesNotMatch(r["notes"]!, /report\(s\)|outlet\(s\)/);
  }
});

test("an event abroad keeps its country: ACLED's iso, region and country in the CSV, location.country in the jsonl", async () => {
  const db = await fixtureDb();
  // An invented report of a strike in Sanaa, stored beside the Syrian fixture events.
  const text = "شنت طائرات التحالف غارات على حي سكني في صنعاء اليوم. (مثال مكتوب للاختبار)";
  const abroad = { ...makeEvent({ article: "fx-yemen", id: "fx-yemen-e0", sub: "Air/drone strike", actor1: "OTHER:التحالف", text }), location: { name_ar: "صنعاء", country: "Yemen", admin1: "Amanat Al Asimah", lat: 15.35, lon: 44.2, precision: 1 as const, gazetteer_id: "test:sanaa" } };
  const store = await openStore(db);
  await storeArticle(store, { article: { id: "fx-yemen", url: null, outlet: "delta.example", published: "2024-03-05", title: null, text }, sourceKind: "jsonl", extraction: { article_id: "fx-yemen", events: [abroad], mentions: [] }, now: "2024-03-08T00:00:00Z" });
  await store.close();
  const rows = csvRecords((await runCli(["export", "--db", db, "--format", "acled-csv"])).stdout);
  const sanaa = rows.find((r) => r["location_ar"] === "صنعاء")!;
  assert.deepEqual([sanaa["iso"], sanaa["region"], sanaa["country"], sanaa["admin1"]], ["887", "Middle East", "Yemen", "Amanat Al Asimah"]);
  const sarmin = rows.find((r) => r["location_ar"] === "سرمين")!;
  assert.deepEqual([sarmin["iso"], sarmin["region"], sarmin["country"]], ["760", "Middle East", "Syria"]);
  const lines = (await runCli(["export", "--db", db, "--format", "jsonl"])).stdout.trim().split("\n").map((l) => JSON.parse(l) as { article_id: string; location: { country: string | null } });
  assert.equal(lines.find((l) => l.article_id === "fx-yemen")!.location.country, "Yemen");
});

test("geojson is one RFC 7946 FeatureCollection with [lon, lat] points", async () => {
  const db = await fixtureDb();
  const { stdout } = await runCli(["export", "--db", db, "--format", "geojson"]);
  const fc = JSON.parse(stdout) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  assert.equal(fc.type, "FeatureCollection");
  assert.equal(fc.features.length, 2);
  const sarmin = fc.features.find((f) => f.properties["place_name"] === "سرمين")!;
  assert.deepEqual(sarmin.geometry, { type: "Point", coordinates: [36.725, 35.905] });
  assert.equal(sarmin.properties["grade"], "corroborated");
});

test("rasd events: table for people, JSON lines with filters for programs", async () => {
  const db = await fixtureDb();
  const table = await runCli(["events", "--db", db]);
  assert.match(table.stdout, /^date\s+event\s+type/);
  assert.match(table.stdout, /corroborated/);
  const json = await runCli(["events", "--db", db, "--json", "--place", "سرمين", "--grade", "corroborated", "-q", "الدفاع المدني"]);
  const rows = json.stdout.trim().split("\n").map((l) => JSON.parse(l) as { n_reports: number });
  assert.deepEqual(rows.map((r) => r.n_reports), [3]);
  assert.equal((await runCli(["events", "--db", db, "--from", "March"])).code, 2);
});

/** RFC 4180 records as objects keyed by the header (quoted fields, doubled quotes). */
function csvRecords(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\n") record.push(field), records.push(record), (record = []), (field = "");
    else field += c;
  }
  const [header, ...body] = records;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}
