import { readFile } from "node:fs/promises";
import { normalizeKey } from "../../text/normalize.ts";
import { cities500Path } from "../build-geonames-index.ts";
import { parseGeonames } from "../import/parse-geonames.ts";
import type { PlaceEntry } from "../place-entry.ts";
import type { ArabWorldTheatre, TheatreCountry } from "./theatre-schema.ts";

export interface WorldIndex {
  readonly entries: PlaceEntry[];
  /** "YE.07 (3 rows)": GeoNames admin1 codes the theatre file does not name (their rows get admin1 null). */
  readonly unnamedAdmin1: readonly string[];
}

/**
 * The theatre's countries other than Syria as entries: their cities500 rows with Arabic names
 * (admin1 named through the theatre's code table), one governorate entry per division (at its most
 * populous row), and the extra places of the theatre file. Every entry carries its `country`.
 *
 *   buildWorldIndex(theatre) → { entries: [{ id: "gn:71137", name_ar: "صنعاء", admin1: "Amanat al Asimah",
 *     country: "Yemen", … }, { id: "adm1:YE.14", name_ar: "مأرب", kind: "governorate", … }, …] }
 */
export async function buildWorldIndex(theatre: ArabWorldTheatre, path = cities500Path()): Promise<WorldIndex> {
  const text = await readFile(path, "utf8");
  const countries = theatre.countries.filter((c) => c.iso2 !== "SY");
  const byIso = new Map(countries.map((c) => [c.iso2, c]));
  const rowsOf = new Map<string, string[]>(countries.map((c) => [c.iso2, []]));
  for (const line of text.split("\n")) {
    const cc = line.split("\t", 9)[8];
    if (cc !== undefined) rowsOf.get(cc)?.push(line);
  }
  const entries: PlaceEntry[] = [];
  const unnamed: string[] = [];
  for (const [iso2, rows] of rowsOf) {
    const country = byIso.get(iso2)!;
    const names = new Map(country.admin1.map((a) => [a.code, a.name_en]));
    const missing = new Map<string, number>();
    const parsed = parseGeonames(rows.join("\n"), {
        country: iso2,
        countryName: country.name_en,
        source: "GeoNames cities500",
        admin1ByCode: (code) => {
          const name = names.get(code);
          if (!name) missing.set(code, (missing.get(code) ?? 0) + 1);
          return name ?? null;
        },
    });
    for (const [code, n] of missing) unnamed.push(`${iso2}.${code} (${n} rows)`);
    entries.push(...withExtraPlaces(country, rows, parsed), ...admin1Entries(country, rows));
  }
  return { entries, unnamedAdmin1: unnamed };
}

/** One governorate entry per division, placed at its most populous cities500 row. */
function admin1Entries(country: TheatreCountry, rows: readonly string[]): PlaceEntry[] {
  const seat = new Map<string, { lat: number; lon: number; population: number }>();
  for (const row of rows) {
    const c = row.split("\t");
    const code = c[10] ?? "";
    const population = Number(c[14]) || 0;
    const prev = seat.get(code);
    if (!prev || population > prev.population) seat.set(code, { lat: Number(c[4]), lon: Number(c[5]), population });
  }
  const out: PlaceEntry[] = [];
  for (const a of country.admin1) {
    const at = seat.get(a.code);
    const named = [...a.names_ar, ...a.names_ar.filter((n) => !n.includes(" ")).flatMap((n) => country.admin1_words.map((w) => `${w} ${n}`))];
    const first = named[0];
    if (!at || first === undefined) continue;
    out.push({
      id: `adm1:${country.iso2}.${a.code}`,
      name_ar: first,
      name_en: a.name_en,
      aliases_ar: [...new Set(named.slice(1))].filter((n) => normalizeKey(n) !== normalizeKey(first)),
      kind: "governorate",
      lat: at.lat,
      lon: at.lon,
      admin1: a.name_en,
      country: country.name_en,
      admin1_ar: first,
      admin2: null,
      admin3: null,
      pcode: null,
      population: 0,
      source: "rasd theatre file; position of the division's most populous GeoNames cities500 row (CC BY 4.0)",
    });
  }
  return out;
}

/** The theatre's extra places: Arabic names added to their cities500 row, or new entries at the given position. */
function withExtraPlaces(country: TheatreCountry, rows: readonly string[], parsed: readonly PlaceEntry[]): PlaceEntry[] {
  const names = new Map(country.admin1.map((a) => [a.code, a.name_en]));
  const byId = new Map(parsed.map((e) => [e.id, e]));
  const added: PlaceEntry[] = [];
  for (const p of country.places_ar) {
    const admin1 = names.get(p.admin1_code) ?? null;
    const row = rows.map((r) => r.split("\t")).find((c) => c[10] === p.admin1_code && (c[1] === p.name_en || c[2] === p.name_en));
    const known = row ? byId.get(`gn:${row[0]}`) : undefined;
    if (known) {
      byId.set(known.id, { ...known, aliases_ar: [...new Set([...known.aliases_ar, p.name_ar, ...p.aliases_ar])], ...(p.within ? { within: p.within } : {}) });
      continue;
    }
    const lat = row ? Number(row[4]) : p.lat;
    const lon = row ? Number(row[5]) : p.lon;
    if (lat === undefined || lon === undefined) {
      throw new Error(`theatre: ${country.iso2} place ${p.name_ar} (${p.name_en}) is not in cities500 and has no lat/lon`);
    }
    added.push(extraEntry(country, p, admin1, lat, lon, row ? `gn:${row[0]}` : null));
  }
  return [...byId.values(), ...added];
}

function extraEntry(country: TheatreCountry, p: TheatreCountry["places_ar"][number], admin1: string | null, lat: number, lon: number, gnId: string | null): PlaceEntry {
  return {
    id: gnId ?? `rasd:${country.iso2.toLowerCase()}-${p.name_en.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    name_ar: p.name_ar,
    name_en: p.name_en,
    aliases_ar: p.aliases_ar,
    kind: p.kind,
    lat,
    lon,
    admin1,
    country: country.name_en,
    admin1_ar: null,
    admin2: null,
    admin3: null,
    pcode: null,
    population: 0,
    ...(p.within ? { within: p.within } : {}),
    source: gnId ? "GeoNames cities500 position (CC BY 4.0); Arabic name from the rasd theatre file" : "rasd theatre file (approximate position, general knowledge)",
  };
}
