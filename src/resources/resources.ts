import type { PlaceNameRules } from "../extract/place-name-rules.ts";
import type { RoleRules } from "../extract/role-rules.ts";
import type { Lexicons } from "../lexicon/lexicons.ts";
import type { LearnedModels } from "../learn/learned-models.ts";
import type { Gazetteer } from "../places/gazetteer.ts";

/** Everything the pure pipeline needs, loaded once and passed in. */
export interface Resources {
  readonly lexicons: Lexicons;
  readonly gazetteer: Gazetteer;
  readonly placeNames: PlaceNameRules;
  readonly roles: RoleRules;
  /** Learned decisions (data/models/); absent, the rules decide alone. */
  readonly models?: LearnedModels;
}
