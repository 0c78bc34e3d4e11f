import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { after, before, test } from "node:test";
import { main } from "../../src/cli/main.ts";
import { openStore } from "../../src/store/open-store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";

/** A real SQLite store with two invented outlets and one event reported by both. */
const dir = mkdtempSync(join(tmpdir(), "rasd-framing-"));
const dbPath = join(dir, "queryBuilder(store)");

const GOV_TEXT = "حررت وحدات من الجيش العربي السوري قرية تل الورد بعد القضاء على الإرهابيين وتدمير أوكارهم، وذكر مصدر عسكري أن 9 إرهابيين قتلوا.";
const OPP_TEXT = "قصفت ميليشيات الأسد قرية تل الورد ما أدى إلى استشهاد مدنيين اثنين، بحسب الدفاع المدني، فيما تصدى الثوار لمحاولة تقدم قوات النظام.";

before(async () => {
  const store = await openStore(dbPath);
  const now = "2026-01-01T00:00:00Z";
  await queryBuilder(store).insertInto("outlets").values([
    { id: "dawla.example", name: "dawla.example", first_seen: now },
    { id: "thawra.example", name: "thawra.example", first_seen: now },
  ]).execute();
  const art = (id: string, outlet: string, text: string) => ({
    id, url: null, outlet_id: outlet, published: "2026-01-01", title: null, text,
    content_hash: id, syndicated_of: null, signature: "[]", source_kind: "jsonl", ingested_at: now,
  });
  await queryBuilder(store).insertInto("articles").values([art("g1", "dawla.example", GOV_TEXT), art("o1", "thawra.example", OPP_TEXT)]).execute();
  const report = (article: string, ordinal: number, actor2: string, killed: number, source: string, evidence: string, text: string) => {
    const start = text.indexOf(evidence);
    return {
      report_key: `${article}-${ordinal}`, article_id: article, ordinal, local_event_id: `${article}-e${ordinal}`, event_id: "ev-1",
      event_type: "Battles", sub_event_type: "Armed clash", actor1: "SYR_GOV", actor2, place_name: "تل الورد", place_key: "تل الورد",
      admin1: "Hama", admin2: null, admin3: null, pcode: null, gazetteer_id: null, lat: null, lon: null, geo_precision: 1,
      date: "2026-01-01", date_precision: 1, date_lo: "2026-01-01", date_hi: "2026-01-01", killed, injured: null, casualties: null,
      source, evidence_start: start, evidence_end: start + evidence.length, evidence_text: evidence, note: null, provenance_json: "[]",
    };
  };
  await queryBuilder(store).insertInto("reports").values([
    report("g1", 0, "OPPOSITION", 9, "مصدر عسكري", "حررت وحدات من الجيش العربي السوري قرية تل الورد", GOV_TEXT),
    report("o1", 0, "CIVILIANS", 2, "الدفاع المدني", "قصفت ميليشيات الأسد قرية تل الورد", OPP_TEXT),
  ]).execute();
  const span = (article: string, ordinal: number, value: string, text: string, whole: string) => {
    const start = whole.indexOf(text);
    return { article_id: article, ordinal, kind: "actor", start, end: start + text.length, text, value, rule: "test", event_ids_json: JSON.stringify([`${article}-e0`]) };
  };
  await queryBuilder(store).insertInto("spans").values([
    span("g1", 0, "SYR_GOV", "وحدات من الجيش العربي السوري", GOV_TEXT),
    span("o1", 0, "SYR_GOV", "ميليشيات الأسد", OPP_TEXT),
  ]).execute();
  await store.close();
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([]) });
  return { code, out, err };
}

test("rasd outlets --format json: one object per outlet with its camp", async () => {
  const { code, out } = await run(["outlets", "--db", dbPath, "--format", "json"]);
  assert.equal(code, 0);
  const profiles = JSON.parse(out) as { outlet: string; articles: number; camp: string; terms: unknown[]; sources: { kind: string }[] }[];
  const byOutlet = Object.fromEntries(profiles.map((p) => [p.outlet, p]));
  assert.equal(byOutlet["dawla.example"]?.camp, "government");
  assert.equal(byOutlet["thawra.example"]?.camp, "opposition");
  assert.equal(byOutlet["dawla.example"]?.articles, 1);
  assert.ok(byOutlet["thawra.example"]?.sources.some((s) => s.kind === "civil_defence"));
});

test("rasd outlets: table by default", async () => {
  const { code, out } = await run(["outlets", "--db", dbPath]);
  assert.equal(code, 0);
  assert.match(out, /^outlet\s+articles\s+camp/);
  assert.match(out, /dawla\.example\s+1\s+government/);
});

test("rasd compare EVENT_ID: names, casualties and omissions side by side", async () => {
  const { code, out } = await run(["compare", "ev-1", "--db", dbPath, "--format", "json"]);
  assert.equal(code, 0);
  const c = JSON.parse(out) as { actors: { key: string; names: { outlet: string; as_written: string }[] }[]; killed: { min: number; max: number }; omissions: { outlet: string; field: string }[] };
  const gov = c.actors.find((a) => a.key === "SYR_GOV");
  assert.deepEqual(gov?.names.map((n) => n.as_written), ["وحدات من الجيش العربي السوري", "ميليشيات الأسد"]);
  assert.deepEqual([c.killed.min, c.killed.max], [2, 9]);
  assert.ok(c.omissions.some((o) => o.outlet === "dawla.example" && o.field === "civilian_victims"));
  const text = await run(["compare", "ev-1", "--db", dbPath]);
  assert.match(text.out, /killed: 2–9 \(reports differ\)/);
});

test("rasd compare: unknown event and missing store fail with a message", async () => {
  const missing = await run(["compare", "nope", "--db", dbPath]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no reports of event "nope"/);
  const noStore = await run(["outlets", "--db", join(dir, "absent.db")]);
  assert.equal(noStore.code, 1);
  assert.match(noStore.err, /absent\.db: no database here; create it with: rasd ingest --db .*absent\.db FILES/);
});
