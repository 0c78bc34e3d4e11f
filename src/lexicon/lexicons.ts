import type { AbroadActorCatalogue, ActorCatalogue, Attribution, Boilerplate, Calendar, NumberWords, PlaceWords } from "./lexicon-schemas.ts";
import type { PlaceNameLexicon } from "./place-name-schema.ts";
import type { RoleLexicon } from "./role-schema.ts";
import type { TriggerLexicon } from "./trigger-schema.ts";

/** All lexicons, validated. Loaded by `loadLexicons` (src/lexicon/load-lexicons.ts). */
export interface Lexicons {
  readonly actors: ActorCatalogue;
  /** Actors of the Arab world outside Syria (data/lexicon/actors-arab-world.json). */
  readonly actorsAbroad: AbroadActorCatalogue;
  readonly numbers: NumberWords;
  readonly calendar: Calendar;
  readonly attribution: Attribution;
  readonly boilerplate: Boilerplate;
  readonly placeWords: PlaceWords;
  readonly triggers: TriggerLexicon;
  readonly roles: RoleLexicon;
  readonly placeNames: PlaceNameLexicon;
}
