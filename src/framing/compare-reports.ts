/**
 * Side-by-side comparison of the reports of one merged event: how each outlet named each actor, whom
 * it credited, the casualties it gave, and what one report has that another leaves out (the
 * attacker's identity, civilian victims, a toll). Pure: claims in, comparison out; the store adapter
 * (load-event-claims.ts) builds the claims.
 */
import type { Evidence } from "../model/evidence.ts";
import type { CampReading } from "./camp-reading.ts";

export type ActorRole = "actor1" | "actor2";

/** One outlet's report of the event, as extracted. */
export interface ReportClaim {
  readonly outlet: string;
  readonly article_id: string;
  /** The outlet's framing camp, when known (from its profile or the article's reading). */
  readonly camp?: CampReading;
  readonly actors: readonly { readonly role: ActorRole; readonly key: string | null; readonly as_written: string | null }[];
  readonly source: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly evidence: Evidence;
}

export interface ActorNaming {
  readonly role: ActorRole;
  readonly key: string;
  /** How each outlet wrote this actor (null: the outlet coded it but no span names it). */
  readonly names: readonly { readonly outlet: string; readonly as_written: string | null }[];
}

export interface FigureSpread {
  readonly min: number | null;
  readonly max: number | null;
  /** True when every report that gives a figure gives the same one. */
  readonly agree: boolean;
  readonly by_outlet: readonly { readonly outlet: string; readonly value: number | null }[];
}

/** What a report leaves out that another report of the same event states. */
export type OmittedField = "attacker" | "target" | "civilian_victims" | "killed" | "injured" | "source";

export interface Omission {
  readonly outlet: string;
  readonly article_id: string;
  readonly field: OmittedField;
  /** Outlets whose reports do state it. */
  readonly stated_by: readonly string[];
}

export interface EventComparison {
  readonly reports: readonly ReportClaim[];
  readonly actors: readonly ActorNaming[];
  readonly sources: readonly { readonly outlet: string; readonly source: string | null }[];
  readonly killed: FigureSpread;
  readonly injured: FigureSpread;
  readonly omissions: readonly Omission[];
}

/** Actor keys that carry no identity: a report coding them has not named the side. */
const ANONYMOUS = new Set(["UNKNOWN"]);

export function compareReports(claims: readonly ReportClaim[]): EventComparison {
  return {
    reports: claims,
    actors: actorNamings(claims),
    sources: claims.map((c) => ({ outlet: c.outlet, source: c.source })),
    killed: spread(claims, (c) => c.killed),
    injured: spread(claims, (c) => c.injured),
    omissions: omissions(claims),
  };
}

function actorNamings(claims: readonly ReportClaim[]): ActorNaming[] {
  const acc = new Map<string, { role: ActorRole; key: string; names: { outlet: string; as_written: string | null }[] }>();
  for (const c of claims) {
    for (const a of c.actors) {
      if (a.key === null) continue;
      const id = `${a.role}:${a.key}`;
      const e = acc.get(id) ?? { role: a.role, key: a.key, names: [] };
      if (!e.names.some((n) => n.outlet === c.outlet && n.as_written === a.as_written)) e.names.push({ outlet: c.outlet, as_written: a.as_written });
      acc.set(id, e);
    }
  }
  return [...acc.values()].sort((a, b) => a.role.localeCompare(b.role) || a.key.localeCompare(b.key));
}

function spread(claims: readonly ReportClaim[], get: (c: ReportClaim) => number | null): FigureSpread {
  const values = claims.map(get).filter((v): v is number => v !== null);
  return {
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    agree: new Set(values).size <= 1,
    by_outlet: claims.map((c) => ({ outlet: c.outlet, value: get(c) })),
  };
}

const STATES: Record<OmittedField, (c: ReportClaim) => boolean> = {
  attacker: (c) => c.actors.some((a) => a.role === "actor1" && a.key !== null && !ANONYMOUS.has(a.key)),
  target: (c) => c.actors.some((a) => a.role === "actor2" && a.key !== null && !ANONYMOUS.has(a.key)),
  civilian_victims: (c) => c.actors.some((a) => a.role === "actor2" && a.key === "CIVILIANS"),
  killed: (c) => c.killed !== null,
  injured: (c) => c.injured !== null,
  source: (c) => c.source !== null && c.source.trim() !== "",
};

function omissions(claims: readonly ReportClaim[]): Omission[] {
  const out: Omission[] = [];
  for (const field of Object.keys(STATES) as OmittedField[]) {
    const states = STATES[field];
    const statedBy = [...new Set(claims.filter(states).map((c) => c.outlet))];
    if (statedBy.length === 0) continue;
    for (const c of claims) {
      if (!states(c) && !statedBy.includes(c.outlet)) out.push({ outlet: c.outlet, article_id: c.article_id, field, stated_by: statedBy });
    }
  }
  return out;
}
