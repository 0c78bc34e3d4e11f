import { existsSync } from "node:fs";
import { loadPlaceNameRules } from "../extract/place-name-rules.ts";
import { loadRoleRules } from "../extract/role-rules.ts";
import { loadLearnedModels } from "../learn/load-learned-models.ts";
import { loadLexicons } from "../lexicon/load-lexicons.ts";
import { createGazetteer } from "../places/create-gazetteer.ts";
import { loadGazetteer, loadGazetteerEntries } from "../places/load-gazetteer.ts";
import { mergeUserPlaces } from "../places/merge-user-places.ts";
import { openStore } from "../store/open-store.ts";
import { readUserPlaces } from "../store/place-queries.ts";
import type { Resources } from "./resources.ts";

export interface LoadResourcesOptions {
  /** A store whose imported and analyst-added places join the built-in gazetteer (they win on equal names). */
  readonly db?: string;
  /** Load the learned models of data/models (default); training sets false to fit them afresh. */
  readonly models?: boolean;
}

/** Load lexicons and the built-in gazetteer (the only disk access of extraction). */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<Resources> {
  const [lexicons, gazetteer] = await Promise.all([loadLexicons(), options.db ? loadGazetteerWithStore(options.db) : loadGazetteer()]);
  return { lexicons, gazetteer, placeNames: loadPlaceNameRules(), roles: loadRoleRules(), ...(options.models === false ? {} : { models: loadLearnedModels() }) };
}

async function loadGazetteerWithStore(db: string) {
  if (db !== ":memory:" && !existsSync(db)) throw new Error(`no database at ${db}`);
  const [builtin, user] = await Promise.all([
    loadGazetteerEntries(),
    (async () => {
      // Not read-only: an older store gets the place columns (migration) before they are read.
      const store = await openStore(db);
      try {
        return await readUserPlaces(store.db);
      } finally {
        await store.close();
      }
    })(),
  ]);
  return createGazetteer(mergeUserPlaces(builtin.entries, user));
}
