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
  // A trigger's features depend on its document, sentence and annotation alone, and the gate and the
  // retyping both read them, for each event the trigger built (one per place: "قصفت X وY"): worked
  // out once per annotation (annotations are made per document, so a key never meets another document).
  const featuresOf = new WeakMap<Annotation, readonly string[]>();
  const features = (doc: Document, s: AnnotatedSentence, trigger: Annotation): readonly string[] => {
    let known = featuresOf.get(trigger);
    if (known === undefined) featuresOf.set(trigger, (known = triggerFeatures(doc, s, trigger)));
    return known;
  };
  // The retyping asks for a trigger's types once per event the trigger built; they too are worked out once.
  const rankedOf = new WeakMap<Annotation, ReadonlyArray<{ readonly label: string; readonly p: number }>>();
  return {
    models,
    eventness: (doc, s, trigger) => (models.eventness ? probability(models.eventness.model, features(doc, s, trigger)) : null),
    subEventTypes: (doc, s, trigger) => {
      if (!models.subEventType) return null;
      let known = rankedOf.get(trigger);
      if (known === undefined) rankedOf.set(trigger, (known = classProbabilities(models.subEventType.model, features(doc, s, trigger))));
      return known;
    },
    placeRole: (doc, s, place) => (models.placeRole ? probability(models.placeRole.model, placeFeatures(doc, s, place)) : null),
    eventDraft: (doc, s, trigger, draft) => (models.eventDraft ? probability(models.eventDraft.model, draftFeatures(doc, s, trigger, draft)) : null),
  };
}
