/**
 * Training examples for the check of built events: the rules run over each article with a recording
 * stand-in for the learned decisions, and every event draft is labelled as the scorer would match it
 * (same event type, place names that agree, dates at most a day apart).
 */
import { createExtractor } from "../../src/extract/create-extractor.ts";
import type { EventDraft } from "../../src/extract/code/event-draft.ts";
import { placeMatch } from "../../src/eval/place-match.ts";
import { draftFeatures } from "../../src/learn/draft-features.ts";
import type { LearnedDecisions } from "../../src/learn/learned-decisions.ts";
import { NO_MODELS } from "../../src/learn/learned-models.ts";
import type { Example } from "../../src/learn/train-logistic.ts";
import type { Article } from "../../src/model/article.ts";
import { eventTypeOf } from "../../src/model/conflict-event.ts";
import type { Resources } from "../../src/resources/resources.ts";
import type { GoldEvent } from "./gold-examples.ts";

export function draftExamples(articles: readonly Article[], gold: ReadonlyMap<string, readonly GoldEvent[]>, resources: Resources): Map<string, Example[]> {
  const seen: Array<{ features: string[]; draft: EventDraft }> = [];
  const recorder: LearnedDecisions = {
    models: { ...NO_MODELS, eventDraft: { model: { bias: 0, weights: new Map() }, threshold: 1 } },
    eventness: () => null,
    subEventTypes: () => null,
    placeRole: () => null,
    eventDraft: (doc, s, trigger, draft) => {
      seen.push({ features: draftFeatures(doc, s, trigger, draft), draft });
      return 1;
    },
  };
  const extract = createExtractor({ ...resources, models: NO_MODELS }, recorder);
  const out = new Map<string, Example[]>();
  for (const article of articles) {
    seen.length = 0;
    extract(article);
    const events = gold.get(article.id) ?? [];
    out.set(article.id, seen.map(({ features, draft }) => ({ features, label: events.some((e) => matches(draft, e)) })));
  }
  return out;
}

function matches(d: EventDraft, e: GoldEvent): boolean {
  if (eventTypeOf(d.sub) !== e.event_type) return false;
  if (!placeMatch(d.place.key, e.location?.name_ar)) return false;
  if (!e.date) return true;
  return d.date !== null && Math.abs(Date.parse(d.date) - Date.parse(e.date)) <= 86_400_000;
}
