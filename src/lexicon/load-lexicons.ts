/**
 * Loads the lexicon files of data/lexicon/ and checks each against its zod schema, so a typo
 * in a data file stops start-up with the file name and the path of the bad entry instead of
 * silently matching nothing.
 *
 *   const lex = await loadLexicons();            // the repository's data/lexicon
 *   const lex = loadLexiconsSync("/tmp/my-lex"); // a directory of your own (tests, benchmarks)
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  AbroadActorCatalogueSchema,
  ActorCatalogueSchema,
  AttributionSchema,
  BoilerplateSchema,
  CalendarSchema,
  NumberWordsSchema,
  PlaceWordsSchema,
} from "./lexicon-schemas.ts";
import type { Lexicons } from "./lexicons.ts";
import { parseDataFile } from "./parse-data-file.ts";
import { PlaceNameRulesSchema } from "./place-name-schema.ts";
import { RoleRulesSchema } from "./role-schema.ts";
import { TriggerLexiconSchema } from "./trigger-schema.ts";

/** The repository's data/lexicon, found from this file so it works from any working directory. */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL("../../data/lexicon/", import.meta.url));

/** The file behind each field of `Lexicons`. */
export const LEXICON_FILES = {
  actors: "actors.json",
  numbers: "numbers.json",
  calendar: "calendar.json",
  attribution: "attribution.json",
  boilerplate: "boilerplate.json",
  placeWords: "place-words.json",
  triggers: "triggers.json",
  roles: "roles.json",
  placeNames: "place-names.json",
  actorsAbroad: "actors-arab-world.json",
} as const satisfies Record<keyof Lexicons, string>;

type Key = keyof Lexicons;
const KEYS = Object.keys(LEXICON_FILES) as Key[];

/** Read all lexicons from `dir` (default: the repository's data/lexicon). */
export async function loadLexicons(dir: string = DEFAULT_LEXICON_DIR): Promise<Lexicons> {
  // allSettled, so that the error reported is the first file in order, not whichever read failed first.
  const settled = await Promise.allSettled(KEYS.map((k) => readFile(join(dir, LEXICON_FILES[k]), "utf8")));
  const texts = KEYS.map((k, i) => {
    const r = settled[i];
    if (r === undefined || r.status === "rejected") throw readError(join(dir, LEXICON_FILES[k]), r?.reason);
    return [k, r.value] as const;
  });
  return assemble(dir, new Map(texts));
}

/** Synchronous twin of `loadLexicons`, for benchmarks and tests that set up at import time. */
export function loadLexiconsSync(dir: string = DEFAULT_LEXICON_DIR): Lexicons {
  const texts = KEYS.map((k) => {
    const path = join(dir, LEXICON_FILES[k]);
    try {
      return [k, readFileSync(path, "utf8")] as const;
    } catch (err) {
      throw readError(path, err);
    }
  });
  return assemble(dir, new Map(texts));
}

function readError(path: string, err: unknown): Error {
  const why = err instanceof Error ? err.message : String(err);
  return new Error(`lexicon ${path}: cannot read (${why})`, { cause: err });
}

function assemble(dir: string, texts: ReadonlyMap<Key, string>): Lexicons {
  const parse = <S extends z.ZodType>(key: Key, schema: S): z.output<S> =>
    parseDataFile("lexicon", join(dir, LEXICON_FILES[key]), texts.get(key) ?? "", schema);
  return {
    actors: parse("actors", ActorCatalogueSchema),
    numbers: parse("numbers", NumberWordsSchema),
    calendar: parse("calendar", CalendarSchema),
    attribution: parse("attribution", AttributionSchema),
    boilerplate: parse("boilerplate", BoilerplateSchema),
    placeWords: parse("placeWords", PlaceWordsSchema),
    triggers: parse("triggers", TriggerLexiconSchema),
    roles: parse("roles", RoleRulesSchema),
    placeNames: parse("placeNames", PlaceNameRulesSchema),
    actorsAbroad: parse("actorsAbroad", AbroadActorCatalogueSchema),
  };
}
