import type { EventDraft } from "./event-draft.ts";
import { buildEvents, EMPTY_DISCOURSE, type DiscourseState } from "./events/build-events.ts";
import type { Theatre } from "./policy/theatre.ts";
import type { SentenceReading } from "./read-sentences.ts";
import type { RoleRules } from "./role-rules.ts";

export interface CodingContext {
  readonly roles: RoleRules;
  readonly theatre: Theatre;
  readonly inter: ReadonlyMap<string, string>;
}

/**
 * Stage: code the events of each news sentence in order, the discourse state (last places, last
 * actor of each type, last type) passed from one sentence to the next; a new paragraph forgets
 * the last places.
 */
export function codeEvents(readings: readonly SentenceReading[], ctx: CodingContext): EventDraft[] {
  let state: DiscourseState = EMPTY_DISCOURSE;
  const drafts: EventDraft[] = [];
  for (const r of readings) {
    if (r.opensParagraph) state = { ...state, lastPlaces: [] };
    if (r.skip) continue;
    const built = buildEvents({ s: r.s, places: r.places, date: r.date, source: r.source, roles: ctx.roles, theatre: ctx.theatre, inter: ctx.inter }, state);
    drafts.push(...built.drafts);
    state = built.state;
  }
  return drafts;
}
