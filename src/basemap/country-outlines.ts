import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Geometry, Point } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { z } from "zod";

const COUNTRIES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "gazetteer", "countries.json");

const countrySchema = z.object({
  iso: z.string().regex(/^\d{3}$/),
  name_en: z.string(),
  name_ar: z.string(),
  lon: z.number(),
  lat: z.number(),
  /** The theatre: drawn lighter than its neighbours. */
  focus: z.boolean(),
});
export type BasemapCountry = z.infer<typeof countrySchema>;

/** The countries of the basemap (Syria, its neighbours, the Arab world), from data/gazetteer/countries.json. */
export function basemapCountries(path = COUNTRIES): BasemapCountry[] {
  return z.array(countrySchema).parse(JSON.parse(readFileSync(path, "utf8")));
}

export interface CountryProperties {
  readonly iso: string;
  readonly name_en: string;
  readonly name_ar: string;
  readonly focus: boolean;
}

/**
 * Outlines of the basemap's countries from Natural Earth 1:10m (the npm package `world-atlas`),
 * coordinates rounded to 4 decimals (about 10 m), and one label point per country.
 */
export function countryOutlines(countries = basemapCountries()): {
  readonly outlines: FeatureCollection<Geometry, CountryProperties>;
  readonly labels: FeatureCollection<Point, CountryProperties>;
} {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const byIso = new Map(countries.map((c) => [c.iso, c]));
  const outlines: Feature<Geometry, CountryProperties>[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const country = typeof f.id === "string" ? byIso.get(f.id) : undefined;
    if (country === undefined) continue;
    outlines.push({ type: "Feature", geometry: roundGeometry(f.geometry), properties: properties(country) });
  }
  const labels = countries.map((c): Feature<Point, CountryProperties> => ({ type: "Feature", geometry: { type: "Point", coordinates: [c.lon, c.lat] }, properties: properties(c) }));
  return { outlines: { type: "FeatureCollection", features: outlines }, labels: { type: "FeatureCollection", features: labels } };
}

const properties = (c: BasemapCountry): CountryProperties => ({ iso: c.iso, name_en: c.name_en, name_ar: c.name_ar, focus: c.focus });

function roundGeometry(g: Geometry): Geometry {
  const r = (p: number[]) => p.map((x) => Math.round(x * 1e4) / 1e4);
  if (g.type === "Polygon") return { type: "Polygon", coordinates: g.coordinates.map((ring) => ring.map(r)) };
  if (g.type === "MultiPolygon") return { type: "MultiPolygon", coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
  return g;
}
