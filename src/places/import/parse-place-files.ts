import type { PlaceEntry } from "../place-entry.ts";
import { parseGeonames } from "./parse-geonames.ts";
import { parseOcha } from "./parse-ocha.ts";
import { parseOpenSyria } from "./parse-opensyria.ts";

export type PlaceFileFormat = "geonames" | "ocha" | "opensyria";

export const PLACE_FILE_FORMATS: readonly PlaceFileFormat[] = ["geonames", "ocha", "opensyria"];

export interface PlaceFile {
  readonly name: string;
  readonly text: string;
}

export interface ParsePlaceFilesOptions {
  /** Governorate of a point, for GeoNames rows (wins over their admin1 code, as for the built-in index). */
  readonly admin1At?: (lat: number, lon: number) => string | null;
}

/**
 * Parse every file of one import before anything is stored, so a bad file stores nothing. A file
 * that yields no entry is an error too: it is almost always the wrong format or an empty export.
 * Open-Syria districts given in the same import name the admin2 of its subdistricts.
 */
export function parsePlaceFiles(format: PlaceFileFormat, files: readonly PlaceFile[], options: ParsePlaceFilesOptions = {}): PlaceEntry[] {
  const parseOne = (file: PlaceFile, districtNames?: ReadonlyMap<string, string>): PlaceEntry[] => {
    let entries: PlaceEntry[];
    try {
      if (format === "geonames") entries = parseGeonames(file.text, options.admin1At ? { admin1At: options.admin1At } : {});
      else if (format === "ocha") entries = parseOcha(file.text);
      else entries = parseOpenSyria(file.text, districtNames ? { districtNames } : {});
    } catch (error) {
      throw new Error(`${file.name}: not a valid ${format} file: ${(error as Error).message}`);
    }
    if (entries.length === 0) throw new Error(`${file.name}: no places found (is it a ${format} file with Arabic names and coordinates?)`);
    return entries;
  };
  if (format !== "opensyria") return files.flatMap((f) => parseOne(f));
  const first = files.map((f) => parseOne(f));
  const districtNames = new Map(first.flat().filter((e) => e.kind === "district").map((e) => [e.id.slice("os:".length), e.name_en]));
  return districtNames.size === 0 ? first.flat() : files.flatMap((f) => parseOne(f, districtNames));
}
