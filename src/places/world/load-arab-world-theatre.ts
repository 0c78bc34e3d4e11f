import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDataFile } from "../../lexicon/parse-data-file.ts";
import { ArabWorldTheatreSchema, type ArabWorldTheatre } from "./theatre-schema.ts";

/** The repository's theatre file, found from this file so it works from any working directory. */
export const ARAB_WORLD_THEATRE_PATH = fileURLToPath(new URL("../../../data/theatres/arab-world.json", import.meta.url));

/**
 * Reads and checks data/theatres/arab-world.json. Errors name the file and the path of the first
 * bad entries, in the style of the lexicon loader:
 *
 *   theatre …/arab-world.json: does not match its schema: countries.3.admin1.0.code: Invalid string
 */
export function loadArabWorldTheatre(path: string = ARAB_WORLD_THEATRE_PATH): ArabWorldTheatre {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new Error(`theatre ${path}: cannot read (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  return parseArabWorldTheatre(text, path);
}

/** Checks the JSON text of a theatre file; `path` only names it in errors. */
export function parseArabWorldTheatre(text: string, path = "(inline)"): ArabWorldTheatre {
  const theatre = parseDataFile("theatre", path, text, ArabWorldTheatreSchema);
  const codes = new Set<string>();
  for (const c of theatre.countries) {
    if (codes.has(c.iso2)) throw new Error(`theatre ${path}: country ${c.iso2} is listed twice`);
    codes.add(c.iso2);
    const known = new Set(c.admin1.map((a) => a.code));
    const bad = c.places_ar.find((p) => !known.has(p.admin1_code));
    if (bad) throw new Error(`theatre ${path}: ${c.iso2} place ${bad.name_ar} has unknown admin1_code ${bad.admin1_code}`);
  }
  return theatre;
}
