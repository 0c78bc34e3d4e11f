import { actorEqual, dateCompatible, valueEqual } from "./event-comparison.ts";
import { placeMatch } from "./place-match.ts";
import type { ScoredEvent } from "./scoring-types.ts";

/** The outcome of matching one article's system events against its gold events. */
export interface ArticleMatching {
  readonly matched: readonly { readonly gold: ScoredEvent; readonly system: ScoredEvent }[];
  readonly missed: readonly ScoredEvent[];
  readonly extra: readonly ScoredEvent[];
}

/**
 * Greedy matching, gold events in order: each takes the best still-free system event with the same
 * event_type, an agreeing place and a date at most one day off. "Best" weighs sub-event type 4,
 * actor1 2, actor2, killed and injured 1 each; ties go to the earlier system event.
 */
export function matchEvents(gold: readonly ScoredEvent[], system: readonly ScoredEvent[]): ArticleMatching {
  const taken = new Array<boolean>(system.length).fill(false);
  const matched: { gold: ScoredEvent; system: ScoredEvent }[] = [];
  const missed: ScoredEvent[] = [];
  for (const ge of gold) {
    let best = -1;
    let bestScore = -1;
    system.forEach((se, i) => {
      if (taken[i]) return;
      if (se.event_type !== ge.event_type) return;
      if (!placeMatch(ge.location?.name_ar, se.location?.name_ar)) return;
      if (!dateCompatible(ge, se)) return;
      const score =
        (se.sub_event_type === ge.sub_event_type ? 4 : 0) +
        (actorEqual(se.actor1, ge.actor1) ? 2 : 0) +
        (actorEqual(se.actor2, ge.actor2) ? 1 : 0) +
        (valueEqual(se.killed, ge.killed) ? 1 : 0) +
        (valueEqual(se.injured, ge.injured) ? 1 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) {
      missed.push(ge);
      continue;
    }
    taken[best] = true;
    matched.push({ gold: ge, system: system[best]! });
  }
  return { matched, missed, extra: system.filter((_, i) => !taken[i]) };
}
