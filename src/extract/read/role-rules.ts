/** data/lexicon/roles.json: words that mark an actor's role and a sentence's relation to the last. */
import type { RoleLexicon } from "../../lexicon/role-schema.ts";
import { normalizeKey } from "../../text/normalize.ts";


export interface RoleRules {
  readonly target: ReadonlySet<string>;
  readonly targetPrepositions: ReadonlySet<string>;
  readonly agent: ReadonlySet<string>;
  readonly repel: ReadonlySet<string>;
  readonly continuation: ReadonlySet<string>;
  readonly yearMarkers: ReadonlySet<string>;
  /** Normalised nationality adjective → the actor key of that state's forces. */
  readonly nationality: ReadonlyMap<string, string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly borderWords: ReadonlySet<string>;
  readonly backerWords: ReadonlySet<string>;
  readonly groupsOfSide: ReadonlySet<string>;
  readonly sideWords: ReadonlySet<string>;
  readonly twoGroups: ReadonlySet<string>;
  readonly possessedNouns: ReadonlySet<string>;
  readonly spreadPhrases: ReadonlySet<string>;
  readonly affiliation: ReadonlySet<string>;
  readonly armedVictimNouns: ReadonlySet<string>;
  /** "مجموعة", "عناصر": a part of the side named after "من" (roles.json side_part_nouns). */
  readonly sidePartNouns: ReadonlySet<string>;
  /** "بتهمة", "بحجة": what follows is the accusation, not the event (roles.json accusation_words). */
  readonly accusationWords: ReadonlySet<string>;
  /** "مناطق سيطرة": two words between a marker and the side whose areas they are. */
  readonly controlAreaWords: ReadonlySet<string>;
  /** "قيادي", "عنصر": a member of the side named after it (roles.json member_nouns). */
  readonly memberNouns: ReadonlySet<string>;
  readonly speechComplementizers: ReadonlySet<string>;
  readonly pair: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly coincidence: ReadonlySet<string>;
  /** Words that give a cause (بعد، إثر، على خلفية): "انسحبت القوات بعد تعرضها للقصف". */
  readonly causeMarkers: ReadonlySet<string>;
  /** Trigger phrases of a one-sided attack (roles.json attack_phrases). */
  readonly attackPhrases: ReadonlySet<string>;
  readonly coincidenceWith: ReadonlySet<string>;
  readonly partitive: ReadonlySet<string>;
  readonly tollTo: ReadonlySet<string>;
  readonly tollVerbs: ReadonlySet<string>;
  readonly subcount: ReadonlySet<string>;
  readonly tollWords: ReadonlySet<string>;
  /** "الأكثر دموية", "الأعنف": superlatives that rank an event against a period (roles.json superlative_words). */
  readonly superlatives: ReadonlySet<string>;
  readonly claimWords: ReadonlySet<string>;
  readonly infightingWords: ReadonlySet<string>;
  readonly pluperfectAuxiliaries: ReadonlySet<string>;
  readonly pluperfectParticles: ReadonlySet<string>;
  readonly pluperfectTimeWords: ReadonlySet<string>;
  readonly pastWords: ReadonlySet<string>;
  readonly monthPrepositions: ReadonlySet<string>;
  readonly sourceNameStops: ReadonlySet<string>;
  readonly backgroundUnits: ReadonlySet<string>;
  readonly backgroundBefore: ReadonlySet<string>;
}

export function compileRoleRules(d: RoleLexicon): RoleRules {
  const set = (w: readonly string[]): ReadonlySet<string> => new Set(w.map(normalizeKey));
  return {
    target: set([...d.target_markers, ...d.target_prepositions]),
    targetPrepositions: set(d.target_prepositions),
    agent: set(d.agent_markers),
    repel: set(d.repel_triggers),
    continuation: set(d.continuation_cues),
    yearMarkers: set(d.year_markers),
    pair: set(d.pair_markers),
    clauseBreaks: set(d.clause_breaks),
    coincidence: set(d.coincidence_words),
    causeMarkers: set(d.cause_markers),
    attackPhrases: set(d.attack_phrases),
    coincidenceWith: set(d.coincidence_with),
    partitive: set(d.partitive),
    tollTo: set(d.toll_to),
    tollVerbs: set(d.toll_verbs),
    subcount: set(d.subcount_markers),
    tollWords: set(d.toll_words),
    superlatives: set(d.superlative_words),
    claimWords: set(d.claim_words),
    infightingWords: set(d.infighting_words),
    pluperfectAuxiliaries: set(d.pluperfect_auxiliaries),
    pluperfectParticles: set(d.pluperfect_particles),
    pluperfectTimeWords: set(d.pluperfect_time_words),
    pastWords: set(d.past_words),
    monthPrepositions: set(d.month_prepositions),
    sourceNameStops: set(d.source_name_stops),
    backgroundUnits: set(d.background_units),
    backgroundBefore: set(d.background_before),
    nationality: new Map(Object.entries(d.nationality_adjectives).flatMap(([k, words]) => words.map((w) => [normalizeKey(w), k] as const))),
    speechVerbs: set(d.speech_verbs),
    borderWords: set(d.border_words),
    backerWords: set(d.backer_words),
    groupsOfSide: set(d.groups_of_side_words),
    sideWords: set(d.side_words),
    twoGroups: set(d.two_groups_words),
    possessedNouns: set(d.possessed_nouns),
    spreadPhrases: set(d.spread_phrases),
    affiliation: set(d.affiliation_words),
    armedVictimNouns: set(d.armed_victim_nouns),
    sidePartNouns: set(d.side_part_nouns),
    accusationWords: set(d.accusation_words),
    controlAreaWords: set(d.control_area_words),
    memberNouns: set(d.member_nouns),
    speechComplementizers: set(d.speech_complementizers),
  };
}
