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
import { mergeUserActorAliases } from "../lexicon/merge-user-actor-aliases.ts";
import { withNationalForces } from "../lexicon/with-national-forces.ts";
import type { Resources } from "./resources.ts";

export interface LoadResourcesOptions {
  /** A store whose imported and analyst-added places join the built-in gazetteer (they win on equal names). */
  readonly db?: string;
  /** Load the learned models of data/models (default); training sets false to fit them afresh. */
  readonly models?: boolean;
}

/** Load lexicons, the gazetteers and the learned models (the only disk access of extraction). */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<Resources> {
  const [builtinLexicons, stored, world] = await Promise.all([
    loadLexicons(),
    options.db ? loadStoredAdditions(options.db) : loadGazetteer().then((g) => ({ gazetteer: g, actorAliases: [] })),
    loadWorldGazetteer(),
  ]);
  const { gazetteer } = stored;
  const syria = loadTheatre("syria");
  // Actor names people added in review (the store's user lexicon) join the catalogue's, and other
  // countries' forces named with their demonym follow it.
  const lexicons = withNationalForces(mergeUserActorAliases(builtinLexicons, stored.actorAliases), world.theatre, syria.country);
  const cues = compileCountryCues(world.theatre, world, gazetteer.names());
  return {
    lexicons,
    gazetteer,
    placeNames: compilePlaceNameRules(lexicons.placeNames),
    roles: compileRoleRules(lexicons.roles),
    world: { gazetteer: world, cues },
    theatres: { syria, abroad: loadTheatre("arab-world") },
    ...(options.models === false ? {} : { models: loadLearnedModels() }),
  };
}

/** What a store adds to the built-in resources: its places (gazetteer) and its actor aliases (review). */
async function loadStoredAdditions(db: string) {
  // The store (kysely, its driver) loads only when a --db asks for its places.
  const { isPostgresUrl } = await import("../store/store-dialect.ts");
  if (db !== ":memory:" && !isPostgresUrl(db) && !existsSync(db)) throw new Error(`no database at ${db}`);
  const [{ openStore }, { readUserPlaces }, { readActorAliases }] = await Promise.all([
    import("../store/open-store.ts"),
    import("../store/place-queries.ts"),
    import("../store/review/actor-alias-queries.ts"),
  ]);
  const [builtin, fromStore] = await Promise.all([
    loadGazetteerEntries(),
    (async () => {
      // Not read-only: an older store gets the place and review tables (migration) before they are read.
      const store = await openStore(db);
      try {
        return { places: await readUserPlaces(store), actorAliases: await readActorAliases(store) };
      } finally {
        await store.close();
      }
    })(),
  ]);
  return { gazetteer: createGazetteer(mergeUserPlaces(builtin.entries, fromStore.places)), actorAliases: fromStore.actorAliases };
}
