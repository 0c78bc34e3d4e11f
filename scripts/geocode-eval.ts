/**
 * Geocoding accuracy on the dev set, against the reference gazetteer files in ../shared (never
 * stored in the repository). For every gold place (name_ar, admin1) that a reference file locates,
 * geocode the gold name with the gold admin1 as hint, (a) with the built-in gazetteer and (b) with
 * the reference files imported as user places, and report distance to the reference point.
 *
 *   node --import tsx scripts/geocode-eval.ts [--misses]
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createGazetteer } from "../src/places/create-gazetteer.ts";
import { createGeocoder } from "../src/places/create-geocoder.ts";
import { distanceKm } from "../src/places/distance-km.ts";
import { admin1At } from "../src/places/governorate-outlines.ts";
import { parsePlaceFiles } from "../src/places/import/parse-place-files.ts";
import { loadGazetteerEntries } from "../src/places/load-gazetteer.ts";
import { mergeUserPlaces } from "../src/places/merge-user-places.ts";
import type { PlaceEntry } from "../src/places/place-entry.ts";
import { readGovernorateOutlines } from "../src/places/read-governorate-outlines.ts";
import { withoutArticle as stripArticle } from "../src/text/word-forms.ts";
import { normalizeKey } from "../src/text/normalize.ts";

const SHARED = join(import.meta.dirname, "..", "..", "shared");
const REF = join(SHARED, "data", "gazetteer");
const GOLD = join(SHARED, "eval", "dev", "gold.jsonl");
if (!existsSync(REF) || !existsSync(GOLD)) {
  console.error(`no reference data at ${REF} or gold at ${GOLD}`);
  process.exit(2);
}
const showMisses = process.argv.includes("--misses");

/** Syrian Archive region names → admin1. Only for measuring: the file is GPL and never shipped. */
const SA_REGIONS: Record<string, string> = {
  ALEPPO: "Aleppo", IDLIB: "Idlib", IDLEB: "Idlib", HAMA: "Hama", HOMS: "Homs", LATAKIA: "Latakia", LATTAKIA: "Latakia",
  DAMASCUS: "Damascus", "RIF DIMASHQ": "Rural Damascus", "DAMASCUS COUNTRYSIDE": "Rural Damascus", "RURAL DAMASCUS": "Rural Damascus",
  DARAA: "Daraa", DERAA: "Daraa", "DEIR EZ-ZOR": "Deir ez-Zor", "DEIR EZZOR": "Deir ez-Zor", "DEIR EZ ZOR": "Deir ez-Zor", RAQQA: "Raqqa",
  "AR RAQQAH": "Raqqa", HASAKAH: "Hasakah", HASAKA: "Hasakah", "AL HASAKAH": "Hasakah", QUNEITRA: "Quneitra", SUWAYDA: "Suwayda", SWEIDA: "Suwayda", TARTUS: "Tartus",
};

function readSyrianArchive(path: string, outlines: Awaited<ReturnType<typeof readGovernorateOutlines>>): PlaceEntry[] {
  const rows = JSON.parse(readFileSync(path, "utf8")) as { id: number; name: string; arabic_name: string; region: string; latitude: string; longitude: string }[];
  const out: PlaceEntry[] = [];
  for (const r of rows) {
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    const name = (r.arabic_name ?? "").trim();
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lon) || lat < 32 || lat > 37.5 || lon < 35.5 || lon > 42.5) continue;
    const admin1 = admin1At(outlines, lat, lon) ?? SA_REGIONS[(r.region ?? "").trim().toUpperCase()] ?? null;
    out.push({ id: `sa:${r.id}`, name_ar: name, name_en: r.name.trim(), aliases_ar: [], kind: "village", lat, lon, admin1, admin1_ar: null, admin2: null, admin3: null, pcode: null, population: 0, source: "Syrian Archive locations (GPL-2.0, measurement only)" });
  }
  return out;
}

const outlines = await readGovernorateOutlines();
const geonames = parsePlaceFiles("geonames", [{ name: "SY_cities500.tsv", text: readFileSync(join(REF, "geonames", "SY_cities500.tsv"), "utf8") }], { admin1At: (a, b) => admin1At(outlines, a, b) });
const osDir = join(REF, "opensyria");
const opensyria = parsePlaceFiles("opensyria", ["governorates.json", "districts.json", "subdistricts.json"].filter((f) => readdirSync(osDir).includes(f)).map((f) => ({ name: f, text: readFileSync(join(osDir, f), "utf8") })));
const archive = readSyrianArchive(join(REF, "syrianarchive", "locations.json"), outlines);

/** Reference points by normalised name (article stripped), best source first. */
const refByName = new Map<string, { entry: PlaceEntry; file: string }[]>();
for (const [file, entries] of [["geonames", geonames], ["opensyria", opensyria], ["syrianarchive", archive]] as const) {
  for (const e of entries) {
    for (const n of new Set([e.name_ar, ...e.aliases_ar].map(keyOf))) refByName.set(n, [...(refByName.get(n) ?? []), { entry: e, file }]);
  }
}
function keyOf(name: string): string {
  const k = normalizeKey(name);
  return stripArticle(k) ?? k;
}

// Gold places: unique (name_ar, admin1).
const gold = new Map<string, { name: string; admin1: string; events: number }>();
for (const line of readFileSync(GOLD, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { events?: { location: { name_ar: string; admin1: string | null } }[] };
  for (const e of article.events ?? []) {
    if (!e.location.admin1) continue;
    const k = `${e.location.name_ar}|${e.location.admin1}`;
    const g = gold.get(k) ?? { name: e.location.name_ar, admin1: e.location.admin1, events: 0 };
    g.events++;
    gold.set(k, g);
  }
}
const tried: { name: string; admin1: string; ref: PlaceEntry; file: string }[] = [];
for (const g of gold.values()) {
  const ref = (refByName.get(keyOf(g.name)) ?? []).find((r) => r.entry.admin1 === g.admin1);
  if (ref) tried.push({ name: g.name, admin1: g.admin1, ref: ref.entry, file: ref.file });
}

const builtin = (await loadGazetteerEntries()).entries;
const settings = [
  { label: "built-in", gazetteer: createGazetteer(builtin) },
  { label: "built-in + reference imported", gazetteer: createGazetteer(mergeUserPlaces(builtin, { entries: [...geonames, ...opensyria, ...archive] })) },
];
console.log(`gold places (name, admin1): ${gold.size}; located by the reference files: ${tried.length} (geonames ${tried.filter((t) => t.file === "geonames").length}, opensyria ${tried.filter((t) => t.file === "opensyria").length}, syrianarchive ${tried.filter((t) => t.file === "syrianarchive").length})\n`);
const header = ["setting", "tried", "resolved", "prec 1/2/3", "≤10 km", "median km"];
const rows: string[][] = [header];
const misses: string[] = [];
for (const s of settings) {
  const geocode = createGeocoder(s.gazetteer);
  let resolved = 0;
  let within = 0;
  const byPrecision = [0, 0, 0];
  const errors: number[] = [];
  for (const t of tried) {
    const r = geocode(t.name, { admin1Hint: t.admin1 });
    if (!r.entry || r.rule.startsWith("unresolved")) {
      misses.push(`${s.label}: ${t.name} (${t.admin1}) unresolved [ref ${t.file} ${t.ref.id}]`);
      continue;
    }
    resolved++;
    byPrecision[r.precision - 1]!++;
    const km = distanceKm(r.entry.lat, r.entry.lon, t.ref.lat, t.ref.lon);
    errors.push(km);
    if (km <= 10) within++;
    else misses.push(`${s.label}: ${t.name} (${t.admin1}) → ${r.entry.id} ${r.entry.name_ar} ${km.toFixed(1)} km off [ref ${t.file} ${t.ref.id} ${t.ref.lat},${t.ref.lon}; rule ${r.rule}]`);
  }
  errors.sort((a, b) => a - b);
  const median = errors.length === 0 ? NaN : errors.length % 2 ? errors[(errors.length - 1) / 2]! : (errors[errors.length / 2 - 1]! + errors[errors.length / 2]!) / 2;
  rows.push([s.label, String(tried.length), String(resolved), byPrecision.join("/"), `${within} (${((100 * within) / tried.length).toFixed(1)} %)`, median.toFixed(2)]);
}
const widths = header.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
console.log(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ")).join("\n"));
if (showMisses) console.log(`\n${misses.join("\n")}`);
console.log("\nadmin1 of extracted events on matched dev events: node bin/rasd.js extract ../shared/eval/dev/articles.jsonl > /tmp/e.jsonl && node ../shared/eval/score.mjs ../shared/eval/dev/gold.jsonl /tmp/e.jsonl");
