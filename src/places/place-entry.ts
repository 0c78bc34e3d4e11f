/** Feature kinds of gazetteer entries. */
export type PlaceKind =
  | "country"
  | "governorate"
  | "district"
  | "subdistrict"
  | "city"
  | "town"
  | "village"
  | "neighbourhood"
  | "hill"
  | "mountain"
  | "camp"
  | "plain"
  | "valley"
  | "area"
  | "axis"
  | "base"
  | "road"
  | "farm";

/** One gazetteer entry: many Arabic surface forms → one place with coordinates and parents. */
export interface PlaceEntry {
  /** Stable id, e.g. "gn:170063" (GeoNames), "rasd:kansafra", "adm1:SY07". */
  readonly id: string;
  readonly name_ar: string;
  readonly name_en: string;
  /** Other Arabic spellings (without and with ال, hamza variants need not be listed). */
  readonly aliases_ar: readonly string[];
  readonly kind: PlaceKind;
  readonly lat: number;
  readonly lon: number;
  /** First-level division in English: Syria's governorates as GUIDELINES.md spells them (Idlib, …), GeoNames names elsewhere. */
  readonly admin1: string | null;
  /** Country in English as the gold writes location.country ("Syria", "Yemen"); absent on older entries = Syria. */
  readonly country?: string;
  readonly admin1_ar: string | null;
  readonly admin2: string | null;
  readonly admin3: string | null;
  readonly pcode: string | null;
  readonly population: number;
  /**
   * The town this place lies inside (a district of a city, a camp at a town's edge), by its Arabic
   * name: events there are coded at that town (GUIDELINES: places inside a town).
   */
  readonly within?: string;
  /** Where the coordinates come from ("GeoNames cities500", "rasd curated: OSM node …"). */
  readonly source: string;
}

/** A resolved place for an event: the entry (if any), the precision, and why. */
export interface GeocodeResult {
  readonly entry: PlaceEntry | null;
  readonly precision: 1 | 2 | 3;
  readonly rule: string;
}
