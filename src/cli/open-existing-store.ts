import { existsSync } from "node:fs";
import { RasdError } from "../errors/rasd-error.ts";
import { defaultDbPath } from "../store/default-db-path.ts";
import { openStore } from "../store/open-store.ts";
import { probeStore } from "../store/probe-store.ts";
import { displayLocation, isPostgresUrl } from "../store/store-dialect.ts";
import type { Store } from "../store/store.ts";

/**
 * The database a command reads (`--db`, else the default path). Every command that needs one says
 * the same thing when there is none: run `rasd ingest` first. A file that is not a database is
 * refused here, not halfway through the command.
 */
export async function openExistingStore(db: string | undefined, options: { readonly readonly?: boolean } = {}): Promise<Store> {
  const path = db ?? defaultDbPath();
  if (path !== ":memory:" && !isPostgresUrl(path) && !existsSync(path)) throw noDatabase(db);
  let store: Store | undefined;
  try {
    store = await openStore(path, { readonly: options.readonly ?? true });
    if (await probeStore(store)) return store;
  } catch (error) {
    await store?.close();
    throw new RasdError("unreadable", `cannot open the database (${(error as Error).message})`, { file: displayLocation(path) }, { cause: error });
  }
  await store.close();
  throw noDatabase(db);
}

/** "rasd: PATH: no database here; create it with: rasd ingest [--db PATH] FILES…" (`db` as the user gave it). */
export function noDatabase(db: string | undefined): RasdError {
  return new RasdError("no-database", `no database here; create it with: rasd ingest${db === undefined ? "" : ` --db ${db}`} FILES…`, { file: displayLocation(db ?? defaultDbPath()) });
}
