import type { Lexicons } from "../../lexicon/lexicons.ts";
import { normalizeKey } from "../../text/normalize.ts";

/**
 * How actor keys are written outside Syria (GUIDELINES "Outside Syria"): Syria-only keys and the
 * actors of actors-arab-world.json that carry an `other_name` become OTHER:<name as written>;
 * keys that fit everywhere (ISIS, USA_COAL, ISR_MIL, CIVILIANS, UNKNOWN …) are kept.
 */
export interface ActorPolicy {
  /** The home theatre's country (data/theatres/syria.json `country`): its keys are written as they are. */
  readonly home: string;
  readonly syriaOnly: ReadonlySet<string>;
  /** Abroad catalogue key → its other_name. */
  readonly otherNames: ReadonlyMap<string, string>;
  /** Normalised aliases that name an actor's aircraft or guns ("طيران التحالف"): written with other_name. */
  readonly weaponAliases: ReadonlySet<string>;
  /** Abroad catalogue key → its aliases as the lexicon writes them (see fullest-actor-name.ts). */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  /**
   * Catalogue keys written OTHER:<name as in the text> everywhere, home included (actors.json
   * written_as_other), with the first alias for a side coded with no words of its own.
   */
  readonly writtenAsOther: ReadonlyMap<string, string>;
}

export function createActorPolicy(lex: Lexicons, syriaOnlyKeys: readonly string[], home: string): ActorPolicy {
  const otherNames = new Map<string, string>();
  const weaponAliases = new Set<string>();
  const aliases = new Map<string, readonly string[]>();
  for (const a of lex.actorsAbroad.actors) {
    if (a.other_name) otherNames.set(a.key, a.other_name);
    aliases.set(a.key, [...(aliases.get(a.key) ?? []), ...a.aliases]);
    for (const w of [...a.air_aliases, ...a.artillery_aliases]) weaponAliases.add(normalizeKey(w));
  }
  const writtenAsOther = new Map(lex.actors.actors.filter((a) => a.written_as_other).map((a) => [a.key, a.aliases[0]!] as const));
  return { home, syriaOnly: new Set(syriaOnlyKeys), otherNames, weaponAliases, aliases, writtenAsOther };
}

/**
 * The key an actor is written with in `country`. `written` is the actor's name as it stands in the
 * text (proclitics removed), null when the key was a default with no words behind it.
 *
 *   actorKeyIn("Sudan", "RSF", "قوات الدعم السريع", policy) → "OTHER:قوات الدعم السريع"
 *   actorKeyIn("Yemen", "SYR_GOV", null, policy)            → null
 *   actorKeyIn("Syria", "SYR_GOV", "قوات النظام", policy)   → "SYR_GOV"
 *   actorKeyIn("Syria", "REMNANTS", "فلول النظام", policy)  → "OTHER:فلول النظام"
 */
export function actorKeyIn(country: string | null, key: string | null, written: string | null, policy: ActorPolicy): string | null {
  const asOther = key === null ? undefined : policy.writtenAsOther.get(key);
  if (asOther !== undefined) return `OTHER:${written ?? asOther}`;
  if (key === null || country === null || country === policy.home) return key;
  const other = policy.otherNames.get(key);
  const weapon = written !== null && policy.weaponAliases.has(normalizeKey(written));
  if (other !== undefined) return `OTHER:${weapon || !written ? other : written}`;
  if (!policy.syriaOnly.has(key)) return key;
  return written ? `OTHER:${written}` : null;
}

/**
 * The name as written: the surface span without the proclitics (و ف ب ل ك) the lexicon phrase
 * lacks; "لل" gives back the article it swallowed.
 *
 *   writtenActorName("وللقوات الحكومية", "القوات الحكوميه") → "القوات الحكومية"
 */
export function writtenActorName(surface: string, phrase: string): string {
  const s = surface.trim();
  for (let k = 0; k <= 3 && k < s.length; k++) {
    const rest = s.slice(k);
    if (normalizeKey(rest) === phrase) return rest;
    if (rest.startsWith("لل") && normalizeKey(`ا${rest.slice(1)}`) === phrase) return `ا${rest.slice(1)}`;
  }
  return s;
}
