import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { parseCsv } from "../../src/places/import/parse-csv.ts";
import { parseGeonames } from "../../src/places/import/parse-geonames.ts";
import { parseOcha } from "../../src/places/import/parse-ocha.ts";
import { parseOpenSyria } from "../../src/places/import/parse-opensyria.ts";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

test("GeoNames rows: Syrian rows with an Arabic name, Arabic aliases only, kinds and admin1", () => {
  const entries = parseGeonames(fixture("geonames-sample.tsv"));
  assert.deepEqual(entries.map((e) => e.id), ["gn:900001", "gn:900002", "gn:900005"], "header, Turkish row and row without Arabic dropped");
  const [village, mountain, city] = entries;
  assert.equal(village!.name_ar, "تل قاسم");
  assert.deepEqual(village!.aliases_ar, ["تل القاسم"], "Latin alternate names are not aliases");
  assert.equal(village!.kind, "village");
  assert.equal(village!.admin1, "Idlib", "GeoNames admin1 code 12 is Idlib");
  assert.equal(village!.population, 2400);
  assert.equal(mountain!.kind, "mountain");
  assert.equal(city!.kind, "city");
  assert.equal(city!.admin1, "Hama");
});

test("GeoNames rows: a point-in-polygon function overrides the admin1 code", () => {
  const entries = parseGeonames(fixture("geonames-sample.tsv"), { admin1At: () => "Aleppo" });
  assert.ok(entries.every((e) => e.admin1 === "Aleppo"));
});

test("CSV: quoted fields with commas and doubled quotes", () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n'), [["a", "b, c", 'say "hi"'], ["1", "2", "3"]]);
});

test("OCHA populated places: P-codes, Arabic names, parents; HXL row and rows without coordinates skipped", () => {
  const entries = parseOcha(fixture("ocha-sample.csv"));
  assert.equal(entries.length, 2);
  const [a, b] = entries;
  assert.equal(a!.id, "ocha:C9001");
  assert.equal(a!.name_ar, "كفر صمد");
  assert.equal(a!.name_en, "Kafr Samad");
  assert.equal(a!.admin1, "Idlib", "admin1 from SY07, not OCHA's spelling Idleb");
  assert.equal(a!.admin2, "Ariha");
  assert.equal(a!.admin3, "Ihsim");
  assert.equal(a!.lat, 35.7012);
  assert.equal(b!.admin1, "Hama");
  assert.equal(b!.name_en, "Tal Wardi, Upper");
});

test("Open-Syria JSON: level from parent ids, Arabic aliases, P-codes; records without centroid skipped", () => {
  const entries = parseOpenSyria(fixture("opensyria-districts.json"), {
    districtNames: new Map([["sy-idlib-ariha", "Ariha"]]),
  });
  assert.equal(entries.length, 2);
  const [district, sub] = entries;
  assert.equal(district!.kind, "district");
  assert.equal(district!.admin1, "Idlib");
  assert.equal(district!.admin2, "Ariha");
  assert.deepEqual(district!.aliases_ar, ["منطقة أريحا", "مركز أريحا"]);
  assert.equal(district!.pcode, "SY0705");
  assert.equal(sub!.kind, "subdistrict");
  assert.equal(sub!.admin2, "Ariha");
  assert.equal(sub!.admin3, "Ihsim");
});

const shared = "/work/shared/data/gazetteer/opensyria";
test("Open-Syria reference files parse completely", { skip: !existsSync(shared) && "no ../shared" }, () => {
  const govs = parseOpenSyria(readFileSync(`${shared}/governorates.json`, "utf8"));
  const districts = parseOpenSyria(readFileSync(`${shared}/districts.json`, "utf8"));
  assert.equal(govs.length, 14);
  assert.equal(districts.length, 62);
  assert.ok(districts.every((d) => d.admin1 !== null && d.kind === "district"));
});
