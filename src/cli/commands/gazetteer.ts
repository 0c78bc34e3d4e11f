import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { RasdError } from "../../errors/rasd-error.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { createGazetteer } from "../../places/create-gazetteer.ts";
import { createGeocoder } from "../../places/create-geocoder.ts";
import type { Gazetteer } from "../../places/gazetteer.ts";
import { GOVERNORATE_CODES } from "../../places/governorate-codes.ts";
import { admin1At } from "../../places/governorate-outlines.ts";
import { PLACE_FILE_FORMATS, type PlaceFileFormat, parsePlaceFiles } from "../../places/import/parse-place-files.ts";
import { loadGazetteerEntries } from "../../places/load-gazetteer.ts";
import { mergeUserPlaces } from "../../places/merge-user-places.ts";
import type { PlaceEntry, PlaceKind } from "../../places/place-entry.ts";
import { placeEntrySchema } from "../../places/place-entry-schema.ts";
import { readGovernorateOutlines } from "../../places/read-governorate-outlines.ts";
import { withoutArticle } from "../../text/word-forms.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { openStore } from "../../store/open-store.ts";
import { isPostgresUrl } from "../../store/store-dialect.ts";
import { addPlaceAlias, readUserPlaces, savePlaces } from "../../store/place-queries.ts";
import { normalizeKey } from "../../text/normalize.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { noDatabase } from "../open-existing-store.ts";

/** `rasd gazetteer import|add|lookup`: places users bring, and a way to see how a name geocodes. */
export const gazetteerCommand = defineCommand({
  name: "gazetteer",
  summary: "Import place files, add places or aliases, look up how a name geocodes",
  positionals: "import FILE... | add | lookup NAME",
  description: `import --format geonames|ocha|opensyria FILE...  stores the files' places (by id: re-importing
  replaces). Every file is parsed first; if one fails, nothing is stored.
add --name-ar X --lat N --lon N --admin1 GOV [--name-en E] [--kind village] [--alias Y,Z]  a new place;
add --of ID --alias Y  another spelling for an existing entry (built-in or stored).
lookup NAME [--admin1 GOV] [--db FILE]  the entry the geocoder picks, with its rule, and every
  entry under that name.
rasd extract --db FILE and rasd ingest use the stored places; they win over built-in ones of the same name.
Several aliases are separated by commas (, or ،).`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    format: { type: "string", choices: PLACE_FILE_FORMATS, placeholder: "FORMAT", description: "import: geonames, ocha or opensyria" },
    "name-ar": { type: "string", placeholder: "NAME", description: "add: the Arabic name" },
    "name-en": { type: "string", placeholder: "NAME", description: "add: the English name" },
    lat: { type: "string", placeholder: "DEG", description: "add: latitude" },
    lon: { type: "string", placeholder: "DEG", description: "add: longitude" },
    admin1: { type: "string", placeholder: "GOV", description: "add: governorate (Idlib, Hama …); lookup: governorate hint" },
    kind: { type: "string", default: "village", placeholder: "KIND", description: "add: village, town, hill, camp, area, axis …" },
    alias: { type: "string", placeholder: "NAMES", description: "add: other Arabic spellings, comma-separated" },
    of: { type: "string", placeholder: "ID", description: "add: the entry the --alias names belong to" },
    source: { type: "string", placeholder: "TEXT", description: "add: where the coordinates come from" },
  },
  async run({ options, positionals }, io) {
    const [action, ...rest] = positionals;
    if (action === "import") {
      if (!options.format) throw new RasdError("usage", "gazetteer import: --format geonames|ocha|opensyria is required");
      if (rest.length === 0) throw new RasdError("usage", "gazetteer import: give at least one FILE");
      const format = options.format as PlaceFileFormat;
      const files = await Promise.all(
        rest.map(async (name) => {
          try {
            return { name, text: await readFile(name, "utf8") };
          } catch (error) {
            throw new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing stored`, { file: name });
          }
        }),
      );
      const outlines = format === "geonames" ? await readGovernorateOutlines() : [];
      let entries: PlaceEntry[];
      try {
        entries = parsePlaceFiles(format, files, { admin1At: (lat, lon) => admin1At(outlines, lat, lon) });
      } catch (error) {
        throw new RasdError("unreadable", `gazetteer import: ${(error as Error).message}; nothing stored`);
      }
      const store = await openStore(options.db ?? defaultDbPath());
      try {
        const result = await savePlaces(store, dedupeById(entries), `import:${format}`);
        const noAdmin1 = entries.filter((e) => e.admin1 === null).length;
        io.stderr.write(formatMessage(store.path, `imported ${result.added + result.replaced} place(s) from ${rest.length} ${format} file(s): ${result.added} new, ${result.replaced} replaced${noAdmin1 ? `, ${noAdmin1} without a governorate` : ""}`));
      } finally {
        await store.close();
      }
      return 0;
    }
    if (action === "add") {
      if (rest.length > 0) throw new RasdError("usage", `gazetteer add: unexpected argument "${rest[0]}"`);
      const aliases = (options.alias ?? "").split(/[,،]/).map((a) => a.trim()).filter((a) => a.length > 0);
      const store = await openStore(options.db ?? defaultDbPath());
      try {
        if (options.of !== undefined) {
          if (aliases.length === 0) throw new RasdError("usage", "gazetteer add --of ID: give the new spelling with --alias");
          const gazetteer = await gazetteerWith(store.path);
          const entry = gazetteer.get(options.of);
          if (!entry) throw new RasdError("usage", `gazetteer add: no entry with id "${options.of}" (see rasd gazetteer lookup NAME)`);
          let added = 0;
          for (const a of aliases) if (await addPlaceAlias(store, entry.id, a, new Date().toISOString())) added++;
          io.stderr.write(formatMessage(store.path, `added ${added} alias(es) to ${entry.id} (${entry.name_ar}, ${entry.admin1 ?? "?"})`));
          return 0;
        }
        const entry = newPlace(options, aliases);
        const result = await savePlaces(store, [entry], "user");
        io.stdout.write(`${entry.id}\n`);
        io.stderr.write(formatMessage(store.path, `${result.replaced ? "replaced" : "added"} ${entry.id}: ${entry.name_ar} (${entry.kind}, ${entry.admin1}) at ${entry.lat}, ${entry.lon}`));
        return 0;
      } finally {
        await store.close();
      }
    }
    if (action === "lookup") {
      const name = rest.join(" ").trim();
      if (!name) throw new RasdError("usage", "gazetteer lookup: give a NAME");
      if (options.db !== undefined && !isPostgresUrl(options.db) && !existsSync(options.db)) throw noDatabase(options.db);
      const gazetteer = await gazetteerWith(options.db);
      const admin1 = options.admin1 === undefined ? null : canonicalAdmin1(options.admin1);
      const r = createGeocoder(gazetteer)(name, { admin1Hint: admin1 });
      const lines = [`${name}${admin1 ? ` (admin1 hint ${admin1})` : ""}: ${r.entry ? describe(r.entry) : "no entry"}`, `  rule ${r.rule}, precision ${r.precision}, ${r.candidates} candidate(s)`];
      const key = normalizeKey(name);
      const others = new Set([...gazetteer.lookup(key), ...gazetteer.lookup(withoutArticle(key) ?? `ال${key}`)]);
      for (const e of others) if (e !== r.entry) lines.push(`  also: ${describe(e)}`);
      await writeChunk(io.stdout, `${lines.join("\n")}\n`);
      return r.entry ? 0 : 1;
    }
    throw new RasdError("usage", `gazetteer: expected import, add or lookup (got ${action === undefined ? "nothing" : `"${action}"`})`);
  },
});

/** The built-in gazetteer, with a store's places merged in when a store is given. */
async function gazetteerWith(db: string | undefined): Promise<Gazetteer> {
  const builtin = await loadGazetteerEntries();
  if (db === undefined) return createGazetteer(builtin.entries);
  const store = await openStore(db);
  try {
    return createGazetteer(mergeUserPlaces(builtin.entries, await readUserPlaces(store)));
  } finally {
    await store.close();
  }
}

function describe(e: PlaceEntry): string {
  return `${e.id} ${e.name_ar}${e.name_en ? ` / ${e.name_en}` : ""} [${e.kind}] ${[e.admin3, e.admin2, e.admin1].filter(Boolean).join(", ")} ${e.lat.toFixed(4)}, ${e.lon.toFixed(4)} (${e.source})`;
}

function canonicalAdmin1(value: string): string {
  const gov = GOVERNORATE_CODES.find((g) => g.admin1.toLowerCase() === value.trim().toLowerCase() || g.pcode === value.trim().toUpperCase());
  if (!gov) throw new RasdError("usage", `gazetteer: --admin1 must be one of ${GOVERNORATE_CODES.map((g) => g.admin1).join(", ")} (got "${value}")`);
  return gov.admin1;
}

function newPlace(
  options: { "name-ar"?: string | undefined; "name-en"?: string | undefined; lat?: string | undefined; lon?: string | undefined; admin1?: string | undefined; kind: string; source?: string | undefined },
  aliases: readonly string[],
): PlaceEntry {
  const nameAr = options["name-ar"]?.trim();
  if (!nameAr || options.lat === undefined || options.lon === undefined || options.admin1 === undefined) {
    throw new RasdError("usage", "gazetteer add: a new place needs --name-ar, --lat, --lon and --admin1 (or --of ID --alias Y for an alias)");
  }
  const lat = Number(options.lat);
  const lon = Number(options.lon);
  const nameEn = options["name-en"]?.trim() ?? "";
  const slug = nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const candidate = {
    id: `user:${slug || `${lat.toFixed(5)},${lon.toFixed(5)}`}`,
    name_ar: nameAr,
    name_en: nameEn,
    aliases_ar: aliases.filter((a) => normalizeKey(a) !== normalizeKey(nameAr)),
    kind: options.kind as PlaceKind,
    lat,
    lon,
    admin1: canonicalAdmin1(options.admin1),
    admin1_ar: null,
    admin2: null,
    admin3: null,
    pcode: null,
    population: 0,
    source: options.source?.trim() || "added by an analyst (rasd gazetteer add)",
  };
  const parsed = placeEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RasdError("usage", `gazetteer add: bad ${issue?.path.join(".") ?? "entry"}: ${issue?.message ?? "invalid"} (coordinates must lie in Syria)`);
  }
  return parsed.data;
}

/** The last row of an id wins, as when the same file is imported twice. */
function dedupeById(entries: readonly PlaceEntry[]): PlaceEntry[] {
  return [...new Map(entries.map((e) => [e.id, e])).values()];
}
