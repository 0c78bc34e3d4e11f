import { keepEventPlaces, reviseDrafts } from "../../learn/apply-learned-decisions.ts";
import type { LearnedDecisions } from "../../learn/learned-decisions.ts";
import type { EventDraft } from "./event-draft.ts";
import type { Document } from "../prepare/prepare-document.ts";
import { buildEvents, EMPTY_DISCOURSE, type DiscourseState } from "./build-events.ts";
import type { Theatre } from "./policy/theatre.ts";
import type { SentenceReading } from "../read/read-sentences.ts";
import type { RoleRules } from "../read/role-rules.ts";

export interface CodingContext {
  readonly roles: RoleRules;
  /** The coding defaults of a sentence's theatre (by sentence index). */
  readonly theatreOf: (sentence: number) => Theatre;
  /** Actor key → inter type in a sentence's country (by sentence index). */
  readonly interOf: (sentence: number) => ReadonlyMap<string, string>;
  /** Learned decisions (src/learn): a place-role filter before the rules, an event gate and retyping after. */
  readonly learned: LearnedDecisions | null;
  readonly doc: Document;
}

/**
 * Stage: code the events of each news sentence in order (learned decisions around the rules where
 * their model files enable them), the discourse state (last places, last
 * actor of each type, last type) passed from one sentence to the next; a new paragraph forgets
 * the last places.
 */
export function codeEvents(readings: readonly SentenceReading[], ctx: CodingContext): EventDraft[] {
  let state: DiscourseState = EMPTY_DISCOURSE;
  const drafts: EventDraft[] = [];
  for (const r of readings) {
    if (r.opensParagraph) state = { ...state, lastPlaces: [], lastPlacesSubs: new Set(), lastPlaceSubs: undefined };
    if (r.skip) continue;
    const i = r.s.sentence.index;
    // Origins, destinations and home villages are no event's place; background and speech code nothing.
    const places = ctx.learned ? keepEventPlaces(ctx.learned, ctx.doc, r.s, r.places) : r.places;
    const built = buildEvents({ s: r.s, places, date: r.date, source: r.source, roles: ctx.roles, theatre: ctx.theatreOf(i), inter: ctx.interOf(i) }, state);
    drafts.push(...(ctx.learned ? reviseDrafts(ctx.learned, ctx.doc, r.s, built.drafts) : built.drafts));
    state = built.state;
  }
  return drafts;
}
