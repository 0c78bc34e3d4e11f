import { isArabicName, uniqueNames } from "../arabic-names.ts";
import { governorateByPcode } from "../governorate-codes.ts";
import type { PlaceEntry, PlaceKind } from "../place-entry.ts";

/** The fields of an Open-Syria record that we read (github.com/Open-Syria/data-geography). */
interface OpenSyriaRecord {
  readonly id: string;
  readonly governorateId?: string;
  readonly districtId?: string;
  readonly name: { readonly en: string; readonly ar: string };
  readonly aliases?: readonly { readonly value: string; readonly language: string }[];
  readonly centroid?: { readonly latitude: number; readonly longitude: number };
  readonly population?: { readonly value: number };
  readonly externalIds?: { readonly ochaPcode?: string };
}

export interface ParseOpenSyriaOptions {
  /** English names of the districts by Open-Syria id, to fill admin2 of subdistricts. */
  readonly districtNames?: ReadonlyMap<string, string>;
}

function isRecord(v: unknown): v is OpenSyriaRecord {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Partial<OpenSyriaRecord>;
  return typeof r.id === "string" && typeof r.name?.ar === "string" && typeof r.name.en === "string";
}

/**
 * One of Open-Syria's governorates.json, districts.json or subdistricts.json → entries. The level
 * comes from the parent ids each record carries (districtId → subdistrict, governorateId → district).
 */
export function parseOpenSyria(text: string, options: ParseOpenSyriaOptions = {}): PlaceEntry[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error("Open-Syria file: expected a JSON array");
  const out: PlaceEntry[] = [];
  for (const r of data) {
    if (!isRecord(r) || !r.centroid) continue;
    const kind: PlaceKind = r.districtId ? "subdistrict" : r.governorateId ? "district" : "governorate";
    const pcode = r.externalIds?.ochaPcode ?? null;
    const admin1 = governorateByPcode(pcode)?.admin1 ?? null;
    const arabic = (r.aliases ?? []).filter((a) => a.language === "ar" && isArabicName(a.value));
    out.push({
      id: `os:${r.id}`,
      name_ar: r.name.ar,
      name_en: r.name.en,
      aliases_ar: uniqueNames(arabic.map((a) => a.value), r.name.ar),
      kind,
      lat: r.centroid.latitude,
      lon: r.centroid.longitude,
      admin1: kind === "governorate" ? (admin1 ?? r.name.en) : admin1,
      admin1_ar: kind === "governorate" ? r.name.ar : null,
      admin2: kind === "district" ? r.name.en : (r.districtId && options.districtNames?.get(r.districtId)) || null,
      admin3: kind === "subdistrict" ? r.name.en : null,
      pcode,
      population: r.population?.value ?? 0,
      source: "Open-Syria data-geography centroid (CC BY 4.0)",
    });
  }
  return out;
}
