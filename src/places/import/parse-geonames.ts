import { isArabicName, uniqueNames } from "../arabic-names.ts";
import { governorateByGeonamesCode } from "../governorate-codes.ts";
import type { PlaceEntry, PlaceKind } from "../place-entry.ts";

export interface ParseGeonamesOptions {
  /** Keep only rows of this ISO country code (default "SY"). */
  readonly country?: string;
  /** Assigns admin1 from coordinates (point-in-polygon); wins over the GeoNames admin1 code. */
  readonly admin1At?: (lat: number, lon: number) => string | null;
  /** Names a GeoNames admin1 code of `country` (default: Syria's governorate codes). */
  readonly admin1ByCode?: (code: string) => string | null;
  /** Written into each entry's `country` field ("Yemen"); left out when absent. */
  readonly countryName?: string;
  /** Text for the entries' `source` field. */
  readonly source?: string;
}

/** GeoNames feature codes we keep, and the kind each becomes. Populated places are sized below. */
const FEATURE_KINDS: Record<string, PlaceKind> = {
  HLL: "hill", HLLS: "hill", MT: "mountain", MTS: "mountain", PLN: "plain", VAL: "valley", WAD: "valley",
  CMP: "camp", CMPRF: "camp", AREA: "area", RGN: "area", MILB: "base", INSM: "base", FRM: "farm",
  ADM1: "governorate", ADM2: "district", ADM3: "subdistrict", PPLX: "neighbourhood",
};

function kindOf(featureClass: string, code: string, population: number): PlaceKind | null {
  const mapped = FEATURE_KINDS[code];
  if (mapped) return mapped;
  if (featureClass !== "P") return null;
  if (code === "PPLC" || code === "PPLA" || population >= 50_000) return "city";
  if (code === "PPLA2" || code === "PPLA3" || population >= 5_000) return "town";
  return "village";
}

/**
 * Rows of a GeoNames dump (cities500, a country file such as SY.txt; tab-separated, GeoNames column
 * order, an optional header line) → entries. Only rows with an Arabic-script name are kept, since
 * rasd looks places up by their Arabic names; the other Arabic alternate names become aliases.
 *
 *   parseGeonames("170063\tIdlib\t…\tادلب,إدلب\t35.93\t36.63\tP\tPPLA\tSY\t\t12\t…")
 *     → [{ id: "gn:170063", name_ar: "ادلب", aliases_ar: ["إدلب"], admin1: "Idlib", … }]
 */
export function parseGeonames(text: string, options: ParseGeonamesOptions = {}): PlaceEntry[] {
  const country = options.country ?? "SY";
  const source = options.source ?? "GeoNames";
  const out: PlaceEntry[] = [];
  for (const line of text.split("\n")) {
    const cols = line.replace(/\r$/, "").split("\t");
    if (cols.length < 15 || cols[8] !== country || !/^\d+$/.test(cols[0] ?? "")) continue;
    const [id, name, , alternates, latText, lonText, featureClass, code, , , admin1Code] = cols as string[];
    const population = Number(cols[14]) || 0;
    const kind = kindOf(featureClass ?? "", code ?? "", population);
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!kind || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const arabic = (alternates ?? "").split(",").filter(isArabicName);
    const first = arabic[0];
    if (first === undefined) continue;
    const admin1 =
      options.admin1At?.(lat, lon) ??
      (options.admin1ByCode ? options.admin1ByCode(admin1Code ?? "") : (governorateByGeonamesCode(admin1Code ?? "")?.admin1 ?? null));
    out.push({
      id: `gn:${id}`,
      name_ar: first.trim(),
      name_en: name ?? "",
      aliases_ar: uniqueNames(arabic.slice(1), first),
      kind,
      lat,
      lon,
      admin1,
      ...(options.countryName ? { country: options.countryName } : {}),
      admin1_ar: null,
      admin2: null,
      admin3: null,
      pcode: null,
      population,
      source: `${source} ${code} (CC BY 4.0)`,
    });
  }
  return out;
}
