import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import { createGeocoder, type Geocode, type GeocodeContext } from "../../src/places/create-geocoder.ts";
import type { Gazetteer } from "../../src/places/gazetteer.ts";
import { loadGazetteer } from "../../src/places/load-gazetteer.ts";

let gazetteer: Gazetteer;
let geocode: Geocode;
before(async () => {
  gazetteer = await loadGazetteer({ cacheDir: mkdtempSync(join(tmpdir(), "rasd-gz-")) });
  geocode = createGeocoder(gazetteer);
});

/** name as news writes it → expected entry id (or admin1 when several entries would do). */
const SPELLINGS: readonly [string, { id?: string; admin1?: string }, GeocodeContext?][] = [
  ["ادلب", { admin1: "Idlib" }],
  ["إدلب", { admin1: "Idlib" }],
  ["حماه", { admin1: "Hama" }],
  ["حماة", { admin1: "Hama" }],
  ["اللاذقيه", { admin1: "Latakia" }],
  ["دير الزور", { admin1: "Deir ez-Zor" }],
  ["معرة موخص", { id: "rasd:maarat-muhas" }],
  ["معرة موحص", { id: "rasd:maarat-muhas" }],
  ["ابو الضهور", { id: "rasd:abu-al-duhur" }],
  ["أبو الظهور", { id: "rasd:abu-al-duhur" }],
  ["الموزره", { id: "rasd:al-mozarra" }],
  ["موزرة", { id: "rasd:al-mozarra" }],
  ["كنصفرة", { id: "rasd:kansafra" }],
  ["كنصفره", { id: "rasd:kansafra" }],
  ["البارة", { id: "rasd:al-bara" }],
  ["بارة", { id: "rasd:al-bara" }],
  ["تلال كبانة", { id: "rasd:kabani-hills" }],
  ["سراقيب", { id: "rasd:saraqib" }],
  ["كفرنبوده", { id: "rasd:kafr-nabuda" }],
];

test("variant spellings resolve", () => {
  for (const [name, want, context] of SPELLINGS) {
    const r = geocode(name, context);
    assert.ok(r.entry, `${name}: resolved`);
    if (want.id) assert.equal(r.entry.id, want.id, `${name}: id`);
    if (want.admin1) assert.equal(r.entry.admin1, want.admin1, `${name}: admin1`);
  }
});

test("a one-letter variant is tolerated only for names of 5+ letters", () => {
  assert.match(geocode("سراقيب").rule, /name:fuzzy/);
  assert.equal(geocode("حيس").entry, null, "حيش is 3 letters: no fuzzy match");
});

test("governorate hint and nearby places decide between same-named places", () => {
  assert.equal(geocode("المنصورة", { admin1Hint: "Aleppo" }).entry?.id, "rasd:al-mansoura-aleppo");
  assert.equal(geocode("المنصورة", { admin1Hint: "Hama" }).entry?.id, "rasd:al-mansoura-ghab");
  const near = geocode("المنصورة", { nearIds: ["rasd:khan-al-asal"] });
  assert.equal(near.entry?.id, "rasd:al-mansoura-aleppo");
  assert.match(near.rule, /near/);
  assert.ok(near.candidates >= 2);
});

test("precision follows the kind", () => {
  const cases: readonly [string, 1 | 2 | 3, GeocodeContext?][] = [
    ["كنصفرة", 1],
    ["تلال كبانة", 1],
    ["مخيمات أطمة", 1],
    ["جبل الزاوية", 2],
    ["سهل الغاب", 2],
    ["جبل سمعان", 2],
    ["ريف إدلب", 3],
    ["إدلب", 3, { kindHint: "governorate" }],
    ["إدلب", 1],
  ];
  for (const [name, precision, context] of cases) {
    assert.equal(geocode(name, context).precision, precision, `${name} ${JSON.stringify(context ?? {})}`);
  }
});

test("an unknown name falls back to the hinted governorate at precision 3", () => {
  const r = geocode("قرية لا وجود لها", { admin1Hint: "Idlib" });
  assert.equal(r.entry?.id, "adm1:SY07");
  assert.equal(r.precision, 3);
  assert.equal(r.candidates, 0);
  assert.match(r.rule, /^unresolved/);
  assert.equal(geocode("قرية لا وجود لها").entry, null);
});

test("admin1 comes with its Arabic name", () => {
  const r = geocode("سراقب");
  assert.equal(r.entry?.admin1_ar, "إدلب");
  assert.equal(gazetteer.governorate("Hama")?.pcode, "SY05");
});
