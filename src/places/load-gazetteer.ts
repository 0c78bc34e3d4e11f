import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGeonamesIndex, cities500Path } from "./build-geonames-index.ts";
import { createGazetteer } from "./create-gazetteer.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { mergeDuplicates } from "./merge-duplicates.ts";
import type { PlaceEntry } from "./place-entry.ts";
import { placeEntriesSchema } from "./place-entry-schema.ts";
import { datamapsSyriaPath, readGovernorateOutlines } from "./read-governorate-outlines.ts";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DATA = join(REPO, "data", "gazetteer");
/** Bump when the cached entries' shape or the way they are built changes. */
const CACHE_VERSION = 1;

export interface LoadGazetteerOptions {
  /** Where the GeoNames index is cached (default node_modules/.cache/rasd/ in the repository). */
  readonly cacheDir?: string;
}

export interface GazetteerEntries {
  readonly entries: PlaceEntry[];
  readonly stats: {
    readonly admin: number;
    readonly curated: number;
    readonly geonames: number;
    /** GeoNames rows dropped because a curated entry describes the same place. */
    readonly geonamesMerged: number;
    readonly fromCache: boolean;
    readonly admin1Disagreements: readonly string[];
  };
}

interface CacheFile {
  readonly version: number;
  readonly sources: string;
  readonly entries: PlaceEntry[];
  readonly admin1Disagreements: string[];
}

/** The built-in gazetteer: admin hierarchy, curated north-west Syria, GeoNames cities500. */
export async function loadGazetteer(options: LoadGazetteerOptions = {}): Promise<Gazetteer> {
  return createGazetteer((await loadGazetteerEntries(options)).entries);
}

/** The entries behind loadGazetteer, with counts by source (for scripts and reports). */
export async function loadGazetteerEntries(options: LoadGazetteerOptions = {}): Promise<GazetteerEntries> {
  const [admin, curated, geonames] = await Promise.all([
    readEntries(join(DATA, "admin.json")),
    readEntries(join(DATA, "nw-syria.json")),
    loadGeonames(options.cacheDir ?? join(REPO, "node_modules", ".cache", "rasd")),
  ]);
  const { kept, merged } = mergeDuplicates(curated, geonames.entries);
  const arabicOf = new Map(admin.filter((e) => e.kind === "governorate").map((e) => [e.admin1, e.name_ar]));
  // Every built-in entry is Syrian; the rest of the Arab world lives in src/places/world/.
  const entries = [...admin, ...curated, ...kept].map((e) => ({
    ...e,
    admin1_ar: e.admin1_ar === null && e.admin1 ? (arabicOf.get(e.admin1) ?? null) : e.admin1_ar,
    country: e.country ?? "Syria",
  }));
  return {
    entries,
    stats: {
      admin: admin.length,
      curated: curated.length,
      geonames: kept.length,
      geonamesMerged: merged,
      fromCache: geonames.fromCache,
      admin1Disagreements: geonames.admin1Disagreements,
    },
  };
}

async function readEntries(path: string): Promise<PlaceEntry[]> {
  return placeEntriesSchema.parse(JSON.parse(await readFile(path, "utf8")));
}

/** Size and mtime of the inputs: the cache is rebuilt when either package file changes. */
async function sourceSignature(): Promise<string> {
  const parts = await Promise.all(
    [cities500Path(), datamapsSyriaPath()].map(async (p) => {
      const s = await stat(p);
      return `${p}:${s.size}:${Math.round(s.mtimeMs)}`;
    }),
  );
  return parts.join("|");
}

async function loadGeonames(
  cacheDir: string,
): Promise<{ entries: PlaceEntry[]; admin1Disagreements: string[]; fromCache: boolean }> {
  const cachePath = join(cacheDir, "geonames-sy.json");
  const sources = await sourceSignature();
  try {
    const cached = JSON.parse(await readFile(cachePath, "utf8")) as CacheFile;
    if (cached.version === CACHE_VERSION && cached.sources === sources) {
      return { entries: cached.entries, admin1Disagreements: cached.admin1Disagreements, fromCache: true };
    }
  } catch {
    // No cache yet, or an unreadable one: rebuild below.
  }
  const outlines = await readGovernorateOutlines();
  const built = await buildGeonamesIndex(outlines);
  const file: CacheFile = {
    version: CACHE_VERSION,
    sources,
    entries: built.entries,
    admin1Disagreements: [...built.admin1Disagreements],
  };
  try {
    await mkdir(cacheDir, { recursive: true });
    // Written aside and renamed, so a process reading the cache never sees half a file.
    const partial = `${cachePath}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(file));
    await rename(partial, cachePath);
  } catch {
    // A read-only install still works; it just rebuilds on every load.
  }
  return { ...file, fromCache: false };
}
