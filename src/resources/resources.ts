import type { PlaceNameRules } from "../extract/read/place-name-rules.ts";
import type { RoleRules } from "../extract/read/role-rules.ts";
import type { WorldResources } from "../places/world/world-resources.ts";
import type { Lexicons } from "../lexicon/lexicons.ts";
import type { LearnedModels } from "../learn/learned-models.ts";
import type { Gazetteer } from "../places/gazetteer.ts";
import type { Theatre } from "../extract/code/policy/theatre.ts";

/** Everything the pure pipeline needs, loaded once and passed in. */
export interface Resources {
  readonly lexicons: Lexicons;
  readonly gazetteer: Gazetteer;
  readonly placeNames: PlaceNameRules;
  readonly roles: RoleRules;
  /** Coding defaults: Syria's (data/theatres/syria.json) and the rest of the Arab world's (arab-world.json). */
  readonly theatres: { readonly syria: Theatre; readonly abroad: Theatre };
  /** Places and country clues beyond Syria; without them every article is read as Syrian. */
  readonly world?: WorldResources;
  /** Learned decisions (data/models/); absent, the rules decide alone. */
  readonly models?: LearnedModels;
}
