import type { CountryCues } from "./country-cues.ts";
import type { WorldGazetteer } from "./world-gazetteer.ts";

/** The world half of the resources: places and country clues beyond Syria. */
export interface WorldResources {
  readonly gazetteer: WorldGazetteer;
  readonly cues: CountryCues;
}
