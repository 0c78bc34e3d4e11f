import type { Annotation } from "../extract/annotate/annotation.ts";
import type { AnnotatedSentence } from "../extract/annotate/annotate-sentence.ts";
import type { EventDraft } from "../extract/code/event-draft.ts";
import type { PlaceMention } from "../extract/read/place-mention.ts";
import type { Document } from "../extract/prepare/prepare-document.ts";
import { draftFeatures } from "./draft-features.ts";
import { classProbabilities, probability } from "./linear-model.ts";
import type { LearnedModels } from "./learned-models.ts";
import { placeFeatures } from "./place-features.ts";
import { triggerFeatures } from "./trigger-features.ts";

/**
 * The narrow interface of the learned decisions: probabilities over the shapes the rules already
 * produce. Each returns null when its model is absent, so a caller falls back to the rules.
 */
export interface LearnedDecisions {
  /** P(the trigger reports a concrete event that happened in this news cycle). */
  eventness(doc: Document, s: AnnotatedSentence, trigger: Annotation): number | null;
  /** Sub-event types with their probabilities, most probable first. */
  subEventTypes(doc: Document, s: AnnotatedSentence, trigger: Annotation): ReadonlyArray<{ readonly label: string; readonly p: number }> | null;
  /** P(the place mention is where an event happened), versus origin, destination, home village, reference. */
  placeRole(doc: Document, s: AnnotatedSentence, place: PlaceMention): number | null;
  /** P(an event the rules built from this trigger is right: a concrete event of this type, place and day). */
  eventDraft(doc: Document, s: AnnotatedSentence, trigger: Annotation, draft: EventDraft): number | null;
  readonly models: LearnedModels;
}

export function createLearnedDecisions(models: LearnedModels): LearnedDecisions {
  return {
    models,
    eventness: (doc, s, trigger) => (models.eventness ? probability(models.eventness.model, triggerFeatures(doc, s, trigger)) : null),
    subEventTypes: (doc, s, trigger) => (models.subEventType ? classProbabilities(models.subEventType.model, triggerFeatures(doc, s, trigger)) : null),
    placeRole: (doc, s, place) => (models.placeRole ? probability(models.placeRole.model, placeFeatures(doc, s, place)) : null),
    eventDraft: (doc, s, trigger, draft) => (models.eventDraft ? probability(models.eventDraft.model, draftFeatures(doc, s, trigger, draft)) : null),
  };
}
