import { governorateByPcode } from "../governorate-codes.ts";
import type { PlaceEntry, PlaceKind } from "../place-entry.ts";
import { parseCsv } from "./parse-csv.ts";

/** Header names OCHA tables have used for each field, most specific first. */
const COLUMNS = {
  pcode: ["admin4Pcode", "placePcode", "pcode", "Pcode"],
  nameEn: ["featureName", "placeName_en", "admin4Name_en", "name_en", "Name_en"],
  nameAr: ["placeName_ar", "featureName_ar", "admin4Name_ar", "name_ar", "Name_ar"],
  admin1Pcode: ["admin1Pcode"],
  admin2: ["admin2Name_en"],
  admin3: ["admin3Name_en"],
  lat: ["latitude", "Latitude", "lat", "y"],
  lon: ["longitude", "Longitude", "lon", "long", "x"],
  population: ["population", "Population", "pop"],
} as const;

/**
 * OCHA's populated-places table for Syria (HDX "Syrian Arab Republic: Populated Places", saved as
 * CSV) → entries of kind village/town with their P-codes. Rows without an Arabic name or
 * coordinates are skipped; a second header row of HXL tags (#adm1+code …) is skipped too.
 */
export function parseOcha(text: string): PlaceEntry[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const index = (names: readonly string[]): number => {
    for (const n of names) {
      const i = header.findIndex((h) => h.trim().toLowerCase() === n.toLowerCase());
      if (i >= 0) return i;
    }
    return -1;
  };
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, v]) => [k, index(v)])) as Record<
    keyof typeof COLUMNS,
    number
  >;
  const get = (row: readonly string[], i: number): string => (i >= 0 ? (row[i] ?? "").trim() : "");
  const out: PlaceEntry[] = [];
  for (const row of rows) {
    if (row[0]?.startsWith("#")) continue;
    const nameAr = get(row, col.nameAr);
    const lat = Number(get(row, col.lat));
    const lon = Number(get(row, col.lon));
    if (!nameAr || !get(row, col.lat) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const pcode = get(row, col.pcode) || null;
    const population = Number(get(row, col.population)) || 0;
    const kind: PlaceKind = population >= 50_000 ? "city" : population >= 5_000 ? "town" : "village";
    out.push({
      id: pcode ? `ocha:${pcode}` : `ocha:${lat.toFixed(5)},${lon.toFixed(5)}`,
      name_ar: nameAr,
      name_en: get(row, col.nameEn),
      aliases_ar: [],
      kind,
      lat,
      lon,
      admin1: governorateByPcode(get(row, col.admin1Pcode) || pcode)?.admin1 ?? null,
      admin1_ar: null,
      admin2: get(row, col.admin2) || null,
      admin3: get(row, col.admin3) || null,
      pcode,
      population,
      source: "OCHA COD populated places (CC BY 3.0 IGO)",
    });
  }
  return out;
}
