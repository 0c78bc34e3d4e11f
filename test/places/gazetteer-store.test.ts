import assert from "node:assert/strict";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createGeocoder } from "../../src/places/create-geocoder.ts";
import { mergeUserPlaces } from "../../src/places/merge-user-places.ts";
import type { PlaceEntry } from "../../src/places/place-entry.ts";
import { loadResources } from "../../src/resources/load-resources.ts";
import { openStore } from "../../src/store/open-store.ts";
import { readUserPlaces } from "../../src/store/place-queries.ts";
import { runCli } from "../ingest/run-cli.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const tempDb = (): string => join(mkdtempSync(join(tmpdir(), "rasd-gzs-")), "s.db");

async function storedPlaces(db: string) {
  const store = await openStore(db, { readonly: true });
  try {
    return await readUserPlaces(store);
  } finally {
    await store.close();
  }
}

test("each format imports into the store, re-import replaces by id, and the places resolve", async () => {
  const db = tempDb();
  for (const [format, file] of [["geonames", "geonames-sample.tsv"], ["ocha", "ocha-sample.csv"], ["opensyria", "opensyria-districts.json"]] as const) {
    const r = await runCli(["gazetteer", "import", "--db", db, "--format", format, join(FIXTURES, file)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /imported \d+ place\(s\).*\d+ new, 0 replaced/);
  }
  const again = await runCli(["gazetteer", "import", "--db", db, "--format", "geonames", join(FIXTURES, "geonames-sample.tsv")]);
  assert.match(again.stderr, / 0 new, [1-9]\d* replaced/);
  const { entries } = await storedPlaces(db);
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
  assert.ok(entries.some((e) => e.id.startsWith("gn:")) && entries.some((e) => e.id.startsWith("ocha:")) && entries.some((e) => e.id.startsWith("os:")));

  const lookup = await runCli(["gazetteer", "lookup", "--db", db, "تل القاسم"]);
  assert.equal(lookup.code, 0, lookup.stderr);
  assert.match(lookup.stdout, /gn:900001/);
  const ocha = await runCli(["gazetteer", "lookup", "--db", db, "--admin1", "Idlib", "كفر صمد"]);
  assert.match(ocha.stdout, /ocha:C9001/);
  const without = await runCli(["gazetteer", "lookup", "كفر صمد"]);
  assert.doesNotMatch(without.stdout, /ocha:C9001/, "the built-in gazetteer alone does not know the fixture village");
});

test("a file that fails to parse stores nothing, with a clear error", async () => {
  const db = tempDb();
  const dir = mkdtempSync(join(tmpdir(), "rasd-gzbad-"));
  const broken = join(dir, "broken.json");
  writeFileSync(broken, '[{"id": "x", "name": ');
  const r = await runCli(["gazetteer", "import", "--db", db, "--format", "opensyria", join(FIXTURES, "opensyria-districts.json"), broken]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /broken\.json: not a valid opensyria file.*nothing stored/);
  assert.equal(existsSync(db), false, "no store was even created");
  const wrong = await runCli(["gazetteer", "import", "--db", db, "--format", "geonames", join(FIXTURES, "ocha-sample.csv")]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /no places found/);
});

test("gazetteer add: a new village, then an alias for it and one for a built-in entry", async () => {
  const db = tempDb();
  const add = await runCli(["gazetteer", "add", "--db", db, "--name-ar", "كفر زيتونة الشرقية", "--name-en", "Kafr Zaytuna al-Sharqiya", "--lat", "35.655", "--lon", "36.512", "--admin1", "idlib", "--alias", "كفرزيتونة الشرقية"]);
  assert.equal(add.code, 0, add.stderr);
  assert.equal(add.stdout.trim(), "user:kafr-zaytuna-al-sharqiya");
  const alias = await runCli(["gazetteer", "add", "--db", db, "--of", "user:kafr-zaytuna-al-sharqiya", "--alias", "زيتونة الشرقية"]);
  assert.equal(alias.code, 0, alias.stderr);
  const builtinAlias = await runCli(["gazetteer", "add", "--db", db, "--of", "rasd:kansafra", "--alias", "كنصفرا الوسطانية"]);
  assert.equal(builtinAlias.code, 0, builtinAlias.stderr);
  const unknown = await runCli(["gazetteer", "add", "--db", db, "--of", "rasd:no-such-place", "--alias", "لا شيء"]);
  assert.equal(unknown.code, 2);
  const outside = await runCli(["gazetteer", "add", "--db", db, "--name-ar", "مكان ما", "--lat", "48.1", "--lon", "11.5", "--admin1", "Idlib"]);
  assert.equal(outside.code, 2, "coordinates outside Syria are refused");

  const { gazetteer } = await loadResources({ db });
  const geocode = createGeocoder(gazetteer);
  assert.equal(geocode("زيتونة الشرقية", { admin1Hint: "Idlib" }).entry?.id, "user:kafr-zaytuna-al-sharqiya");
  assert.equal(geocode("كفرزيتونة الشرقية").entry?.id, "user:kafr-zaytuna-al-sharqiya");
  assert.equal(geocode("كنصفرا الوسطانية").entry?.id, "rasd:kansafra");
});

test("places --unresolved lists an unknown village with its count and sentence; after gazetteer add it resolves", async () => {
  const db = tempDb();
  const dir = mkdtempSync(join(tmpdir(), "rasd-gzun-"));
  const articles = join(dir, "a.jsonl");
  const text = "قصفت قوات النظام بالمدفعية الثقيلة قرية تل الشيح الوسطى بريف إدلب الجنوبي، ما أدى إلى مقتل مدني وإصابة طفلين. وفي اليوم ذاته قصفت المدفعية قرية تل الشيح الوسطى مرة ثانية.";
  writeFileSync(articles, `${JSON.stringify({ id: "inv1", url: null, outlet: "example.org", published: "2024-03-10", title: "قصف", text })}\n`);
  const ingest = await runCli(["ingest", "--db", db, "--quiet", articles]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const listed = await runCli(["places", "--unresolved", "--db", db, "--format", "json"]);
  assert.equal(listed.code, 0, listed.stderr);
  const places = JSON.parse(listed.stdout) as { name_ar: string; count: number; admin1: string | null; example: { article_id: string; sentence: string } }[];
  const village = places.find((p) => p.name_ar.includes("تل الشيح"));
  assert.ok(village, listed.stdout);
  assert.ok(village.count >= 1);
  assert.equal(village.admin1, "Idlib");
  assert.equal(village.example.article_id, "inv1");
  assert.match(village.example.sentence, /تل الشيح/);
  const table = await runCli(["places", "--unresolved", "--db", db]);
  assert.match(table.stdout, /count\s+place/);

  const before = (await loadResources({ db })).gazetteer;
  assert.equal(createGeocoder(before)(village.name_ar, { admin1Hint: "Idlib" }).entry?.id.startsWith("user:") ?? false, false);
  const add = await runCli(["gazetteer", "add", "--db", db, "--name-ar", village.name_ar, "--lat", "35.52", "--lon", "36.61", "--admin1", "Idlib", "--kind", "village"]);
  assert.equal(add.code, 0, add.stderr);
  const after = (await loadResources({ db })).gazetteer;
  const r = createGeocoder(after)(village.name_ar, { admin1Hint: "Idlib" });
  assert.equal(r.entry?.id, "user:35.52000,36.61000");
  assert.equal(r.precision, 1);
  const extracted = await runCli(["extract", "--db", db, articles]);
  assert.equal(extracted.code, 0, extracted.stderr);
  assert.match(extracted.stdout, /"gazetteer_id":"user:35\.52000,36\.61000"/);
});

const entry = (id: string, name_ar: string, lat: number, lon: number, over: Partial<PlaceEntry> = {}): PlaceEntry => ({
  id, name_ar, name_en: "", aliases_ar: [], kind: "village", lat, lon, admin1: "Idlib", admin1_ar: null, admin2: null, admin3: null, pcode: null, population: 0, source: "test", ...over,
});

test("stored places win over a built-in entry of the same name nearby; homonyms elsewhere stay", () => {
  const builtin = [
    entry("rasd:a", "الصفصافة", 35.6, 36.6, { population: 5000 }),
    entry("rasd:b", "الصفصافة", 35.1, 36.2, { admin1: "Hama" }),
    entry("adm1:SY07", "إدلب", 35.8, 36.6, { kind: "governorate" }),
  ];
  const user = [entry("user:s", "صفصافة", 35.62, 36.7), entry("gn:1", "إدلب", 35.93, 36.63, { kind: "city" })];
  const merged = mergeUserPlaces(builtin, { entries: user, aliases: new Map([["rasd:b", ["صفصافة حماة"]]]) });
  const ids = merged.map((e) => e.id).sort();
  assert.deepEqual(ids, ["adm1:SY07", "gn:1", "rasd:b", "user:s"], "the nearby built-in village is replaced; the governorate is another precision class");
  assert.deepEqual(merged.find((e) => e.id === "rasd:b")?.aliases_ar, ["صفصافة حماة"]);
});

test("the reference files import and locate their own places (skipped without ../shared)", { skip: !existsSync(join(import.meta.dirname, "..", "..", "..", "shared", "data", "gazetteer")) }, async () => {
  const ref = join(import.meta.dirname, "..", "..", "..", "shared", "data", "gazetteer");
  const db = tempDb();
  const gn = await runCli(["gazetteer", "import", "--db", db, "--format", "geonames", join(ref, "geonames", "SY_cities500.tsv")]);
  assert.equal(gn.code, 0, gn.stderr);
  const os = await runCli(["gazetteer", "import", "--db", db, "--format", "opensyria", ...["governorates.json", "districts.json", "subdistricts.json"].map((f) => join(ref, "opensyria", f))]);
  assert.equal(os.code, 0, os.stderr);
  const { entries } = await storedPlaces(db);
  assert.ok(entries.filter((e) => e.id.startsWith("gn:")).length > 250);
  assert.ok(entries.filter((e) => e.kind === "subdistrict").length > 250);
  assert.ok(entries.filter((e) => e.kind === "subdistrict").every((e) => e.admin2 !== null), "subdistricts get their district from districts.json");
  const lookup = await runCli(["gazetteer", "lookup", "--db", db, "--admin1", "Idlib", "كفرنبل"]);
  assert.equal(lookup.code, 0, lookup.stderr);
});
