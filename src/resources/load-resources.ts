import { loadPlaceNameRules } from "../extract/place-name-rules.ts";
import { loadRoleRules } from "../extract/role-rules.ts";
import { loadLexicons } from "../lexicon/load-lexicons.ts";
import { loadGazetteer } from "../places/load-gazetteer.ts";
import type { Resources } from "./resources.ts";

/** Load lexicons and the built-in gazetteer (the only disk access of extraction). */
export async function loadResources(): Promise<Resources> {
  const [lexicons, gazetteer] = await Promise.all([loadLexicons(), loadGazetteer()]);
  return { lexicons, gazetteer, placeNames: loadPlaceNameRules(), roles: loadRoleRules() };
}
