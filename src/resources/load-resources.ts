import { existsSync } from "node:fs";
import { compilePlaceNameRules } from "../extract/read/place-name-rules.ts";
import { loadTheatre } from "../extract/code/policy/theatre.ts";
import { compileRoleRules } from "../extract/read/role-rules.ts";
import { loadLearnedModels } from "../learn/load-learned-models.ts";
import { loadLexicons } from "../lexicon/load-lexicons.ts";
import { createGazetteer } from "../places/create-gazetteer.ts";
import { loadGazetteer, loadGazetteerEntries } from "../places/load-gazetteer.ts";
import { mergeUserPlaces } from "../places/merge-user-places.ts";
import { compileCountryCues } from "../places/world/country-cues.ts";
import { loadWorldGazetteer } from "../places/world/load-world-gazetteer.ts";
import { openStore } from "../store/open-store.ts";
import { readUserPlaces } from "../store/place-queries.ts";
import { readActorAliases } from "../store/review/actor-alias-queries.ts";
import { mergeUserActorAliases } from "../lexicon/merge-user-actor-aliases.ts";
import type { Resources } from "./resources.ts";

export interface LoadResourcesOptions {
  /** A store whose imported and analyst-added places join the built-in gazetteer (they win on equal names). */
  readonly db?: string;
  /** Load the learned models of data/models (default); training sets false to fit them afresh. */
  readonly models?: boolean;
}

/** Load lexicons, the gazetteers and the learned models (the only disk access of extraction). */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<Resources> {
  const [builtinLexicons, gazetteer, world, actorAliases] = await Promise.all([
    loadLexicons(),
    options.db ? loadGazetteerWithStore(options.db) : loadGazetteer(),
    loadWorldGazetteer(),
    options.db ? readStoredActorAliases(options.db) : [],
  ]);
  // Actor names people added in review (the store's user lexicon) join the catalogue's.
  const lexicons = mergeUserActorAliases(builtinLexicons, actorAliases);
  const cues = compileCountryCues(world.theatre, world, gazetteer.names());
  return {
    lexicons,
    gazetteer,
    placeNames: compilePlaceNameRules(lexicons.placeNames),
    roles: compileRoleRules(lexicons.roles),
    world: { gazetteer: world, cues },
    theatres: { syria: loadTheatre("syria"), abroad: loadTheatre("arab-world") },
    ...(options.models === false ? {} : { models: loadLearnedModels() }),
  };
}

async function readStoredActorAliases(db: string) {
  if (db !== ":memory:" && !existsSync(db)) throw new Error(`no database at ${db}`);
  const store = await openStore(db);
  try {
    return await readActorAliases(store.db);
  } finally {
    await store.close();
  }
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
