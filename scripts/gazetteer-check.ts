/**
 * Compares rasd's hand-written gazetteer entries (data/gazetteer/admin.json, nw-syria.json) with the
 * reference files in ../shared/data/gazetteer/ (GeoNames, Open-Syria, Syrian Archive), matching by
 * normalised Arabic name and reporting the distance to the nearest same-named reference point.
 * Reference coordinates are only compared, never copied.
 *
 *   node --import tsx scripts/gazetteer-check.ts [--shared DIR] [--annotate] [--worst N]
 *
 * --annotate rewrites the `source` of each curated entry to say which reference file agrees and at
 * what distance (the coordinates themselves stay as written).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { normalizeKey } from "../src/text/normalize.ts";
import { distanceKm } from "../src/places/distance-km.ts";
import { parseGeonames } from "../src/places/import/parse-geonames.ts";
import { parseOpenSyria } from "../src/places/import/parse-opensyria.ts";
import type { PlaceEntry } from "../src/places/place-entry.ts";
import { withoutArticle as stripArticle } from "../src/text/word-forms.ts";

const { values } = parseArgs({
  options: {
    shared: { type: "string", default: "/work/shared/data/gazetteer" },
    annotate: { type: "boolean", default: false },
    worst: { type: "string", default: "20" },
  },
});
const shared = values.shared!;
if (!existsSync(shared)) {
  console.error(`no reference directory ${shared}`);
  process.exit(1);
}

interface RefPoint {
  readonly file: string;
  readonly lat: number;
  readonly lon: number;
}

const refs = new Map<string, RefPoint[]>();
function addRef(names: readonly string[], point: RefPoint): void {
  for (const n of names) {
    const k = normalizeKey(n);
    for (const key of [k, stripArticle(k)]) if (key) refs.set(key, [...(refs.get(key) ?? []), point]);
  }
}
const read = (rel: string): string | null => (existsSync(join(shared, rel)) ? readFileSync(join(shared, rel), "utf8") : null);

const geonames = read("geonames/SY_cities500.tsv");
if (geonames) for (const e of parseGeonames(geonames)) addRef([e.name_ar, ...e.aliases_ar], { file: "geonames", ...e });
for (const f of ["governorates", "districts", "subdistricts"]) {
  const text = read(`opensyria/${f}.json`);
  if (text) for (const e of parseOpenSyria(text)) addRef([e.name_ar], { file: `opensyria/${f}`, ...e });
}
const archive = read("syrianarchive/locations.json");
if (archive) {
  for (const r of JSON.parse(archive) as { arabic_name?: string; latitude?: string; longitude?: string }[]) {
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (r.arabic_name?.trim() && Number.isFinite(lat) && Number.isFinite(lon) && lat > 30) {
      addRef([r.arabic_name], { file: "syrianarchive", lat, lon });
    }
  }
}

interface Row {
  readonly entry: PlaceEntry;
  readonly km: number;
  readonly file: string;
}
const rows: Row[] = [];
const files = ["admin.json", "nw-syria.json"];
const data = new Map<string, PlaceEntry[]>();
for (const file of files) {
  const entries = JSON.parse(readFileSync(join("data/gazetteer", file), "utf8")) as PlaceEntry[];
  data.set(file, entries);
  for (const entry of entries) {
    let best: Row | null = null;
    for (const name of [entry.name_ar, ...entry.aliases_ar]) {
      for (const p of refs.get(normalizeKey(name)) ?? []) {
        const km = distanceKm(entry.lat, entry.lon, p.lat, p.lon);
        if (!best || km < best.km) best = { entry, km, file: p.file };
      }
    }
    if (best) rows.push(best);
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
for (const file of files) {
  const total = data.get(file)!.length;
  const mine = rows.filter((r) => data.get(file)!.includes(r.entry));
  const kms = mine.map((r) => r.km);
  console.log(
    `${file}: ${total} entries, ${mine.length} also in a reference file; median ${median(kms).toFixed(1)} km, ` +
      `≤5 km ${kms.filter((k) => k <= 5).length}, ≤10 km ${kms.filter((k) => k <= 10).length}, >10 km ${kms.filter((k) => k > 10).length}`,
  );
}
console.log(`\nworst ${values.worst}:`);
for (const r of [...rows].sort((a, b) => b.km - a.km).slice(0, Number(values.worst))) {
  console.log(`  ${r.km.toFixed(1).padStart(6)} km  ${r.entry.id}  ${r.entry.name_ar}  (nearest same name: ${r.file})`);
}

if (values.annotate) {
  const byId = new Map(rows.map((r) => [r.entry.id, r]));
  const entries = data.get("nw-syria.json")!.map((e) => {
    const base = e.source.replace(/; checked against .*$|; no reference file has this name$/, "");
    const r = byId.get(e.id);
    const note = r ? `; checked against ${r.file} at ${r.km.toFixed(1)} km` : "; no reference file has this name";
    return { ...e, source: base + note };
  });
  writeFileSync("data/gazetteer/nw-syria.json", `[\n${entries.map((e) => JSON.stringify(e)).join(",\n")}\n]\n`);
  console.log("\nannotated data/gazetteer/nw-syria.json");
}
