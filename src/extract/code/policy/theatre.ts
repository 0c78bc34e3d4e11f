/**
 * A theatre's coding defaults (data/theatres/*.json): who the other side of a battle is when the
 * text names one side only, who protests, which keys name victims and unidentified attackers,
 * and which actor keys belong to this theatre alone. Policy is data; the rules that use it are
 * in coding-rules.ts.
 *
 *   theatre.defaultOpponent.get("Rebel group")  →  "SYR_GOV"   (data/theatres/syria.json)
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const Key = z.string().regex(/^([A-Z_]+|OTHER:.+)$/);
const ByInter = z.record(z.string().min(1), Key.nullable());

export const TheatreSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  /** English country name written into `location.country`. */
  country: z.string().min(1),
  /** Inter type of the one named side → the other side of its battle. */
  default_opponent: ByInter,
  /** Actor key → its usual opponent, where the inter type says too little (allies of the state). */
  opponent_by_key: z.record(Key, Key).default({}),
  /** Inter type of the side that takes a place → the side that loses it. */
  territory_default_loser: ByInter,
  /** Inter types that count as the state: their captures are "Government regains territory". */
  state_inter: z.array(z.string().min(1)),
  /** Inter types that fly aircraft: a "raid" by anyone else is fought on the ground. */
  air_capable_inter: z.array(z.string().min(1)),
  /** Forces whose strikes from afar are coded as air strikes unless artillery is named ("ضربات إسرائيلية"). */
  remote_air_forces: z.array(Key).default([]),
  /**
   * Forces that fight no ground war in the theatre: an attack they make named by a noun ("هجوم
   * إسرائيلي", "عدوان أمريكي") is an air strike (triggers.json `by_air_force`).
   */
  attack_noun_air_forces: z.array(Key).default([]),
  /** Who an air strike or shelling with no attacker named is coded to (the side that usually strikes), or null. */
  unattributed_remote: Key.nullable().default(null),
  /** Who protesters and rioters are coded as when no group is named (null: left unnamed). */
  protesters: Key.nullable(),
  rioters: Key.nullable(),
  civilians: Key,
  unidentified: Key,
});

export interface Theatre {
  readonly id: string;
  readonly country: string;
  readonly defaultOpponent: ReadonlyMap<string, string | null>;
  readonly opponentByKey: ReadonlyMap<string, string>;
  readonly territoryLoser: ReadonlyMap<string, string | null>;
  readonly stateInter: ReadonlySet<string>;
  readonly airCapableInter: ReadonlySet<string>;
  readonly remoteAirForces: ReadonlySet<string>;
  readonly attackNounAirForces: ReadonlySet<string>;
  readonly unattributedRemote: string | null;
  readonly protesters: string | null;
  readonly rioters: string | null;
  readonly civilians: string;
  readonly unidentified: string;
}

export function compileTheatre(data: unknown): Theatre {
  const t = TheatreSchema.parse(data);
  return {
    id: t.id,
    country: t.country,
    defaultOpponent: new Map(Object.entries(t.default_opponent)),
    opponentByKey: new Map(Object.entries(t.opponent_by_key)),
    territoryLoser: new Map(Object.entries(t.territory_default_loser)),
    stateInter: new Set(t.state_inter),
    airCapableInter: new Set(t.air_capable_inter),
    remoteAirForces: new Set(t.remote_air_forces),
    attackNounAirForces: new Set(t.attack_noun_air_forces),
    unattributedRemote: t.unattributed_remote,
    protesters: t.protesters,
    rioters: t.rioters,
    civilians: t.civilians,
    unidentified: t.unidentified,
  };
}

/**
 * Load the coding defaults of data/theatres/<id>.json (the whole file, or its `coding` section when
 * the file also holds the theatre's places), checked against the schema; errors name the file.
 */
export function loadTheatre(id: string): Theatre {
  const path = new URL(`../../../../data/theatres/${id}.json`, import.meta.url);
  try {
    const json = JSON.parse(readFileSync(path, "utf8")) as { coding?: unknown };
    return compileTheatre(json.coding ?? json);
  } catch (err) {
    throw new Error(`theatre ${path.pathname}: ${(err as Error).message}`, { cause: err });
  }
}
