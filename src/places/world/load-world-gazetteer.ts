import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cities500Path } from "../build-geonames-index.ts";
import type { PlaceEntry } from "../place-entry.ts";
import { buildWorldIndex } from "./build-world-index.ts";
import { createWorldGazetteer } from "./create-world-gazetteer.ts";
import { ARAB_WORLD_THEATRE_PATH, loadArabWorldTheatre } from "./load-arab-world-theatre.ts";
import type { WorldGazetteer } from "./world-gazetteer.ts";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
/** Bump when the cached entries' shape or the way they are built changes. */
const CACHE_VERSION = 2;

export interface LoadWorldGazetteerOptions {
  /** Where the built index is cached (default node_modules/.cache/rasd/ in the repository). */
  readonly cacheDir?: string;
  /** The theatre file (default data/theatres/arab-world.json). */
  readonly theatrePath?: string;
}

interface CacheFile {
  readonly version: number;
  readonly sources: string;
  readonly entries: PlaceEntry[];
}

const loaded = new Map<string, Promise<WorldGazetteer>>();

/**
 * The non-Syrian places of the theatre file's countries: cities500 rows with Arabic names, admin1
 * named by the theatre's code table. Built once, cached on disk like the Syrian GeoNames index
 * (rebuilt when cities500 or the theatre file changes) and memoised per process.
 *
 *   const world = await loadWorldGazetteer();
 *   world.lookup(normalizeKey("مأرب"), "Yemen")  → [{ id: "adm1:YE.14", admin1: "Marib", country: "Yemen", … }]
 */
export function loadWorldGazetteer(options: LoadWorldGazetteerOptions = {}): Promise<WorldGazetteer> {
  const cacheDir = options.cacheDir ?? join(REPO, "node_modules", ".cache", "rasd");
  const theatrePath = options.theatrePath ?? ARAB_WORLD_THEATRE_PATH;
  const key = `${cacheDir}|${theatrePath}`;
  let p = loaded.get(key);
  if (!p) {
    p = build(cacheDir, theatrePath);
    loaded.set(key, p);
    p.catch(() => loaded.delete(key));
  }
  return p;
}

async function build(cacheDir: string, theatrePath: string): Promise<WorldGazetteer> {
  const theatre = loadArabWorldTheatre(theatrePath);
  const sources = await sourceSignature(theatrePath);
  // One file per signature: checkouts that share node_modules (git worktrees) but whose theatre
  // files differ each keep their own index, instead of rebuilding over each other's at every run.
  const cachePath = join(cacheDir, `geonames-world-${createHash("sha256").update(sources).digest("hex").slice(0, 16)}.json`);
  try {
    const cached = JSON.parse(await readFile(cachePath, "utf8")) as CacheFile;
    if (cached.version === CACHE_VERSION && cached.sources === sources) return createWorldGazetteer(theatre, cached.entries);
  } catch {
    // No cache yet, or an unreadable one: rebuild below.
  }
  const { entries } = await buildWorldIndex(theatre);
  try {
    await mkdir(cacheDir, { recursive: true });
    // Written aside and renamed, so a process reading the cache never sees half a file.
    const partial = `${cachePath}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify({ version: CACHE_VERSION, sources, entries } satisfies CacheFile));
    await rename(partial, cachePath);
  } catch {
    // A read-only install still works; it just rebuilds on every load.
  }
  return createWorldGazetteer(theatre, entries);
}

/**
 * What the index is built from: cities500 by path, size and modification time (a package file), the
 * theatre file by its content, so two checkouts with the same theatre file share one cached index.
 */
async function sourceSignature(theatrePath: string): Promise<string> {
  const cities = cities500Path();
  const [s, theatre] = await Promise.all([stat(cities), readFile(theatrePath)]);
  return `${cities}:${s.size}:${Math.round(s.mtimeMs)}|theatre:${createHash("sha256").update(theatre).digest("hex")}`;
}
