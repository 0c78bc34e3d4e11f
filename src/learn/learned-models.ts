import type { BinaryModel, ClassModel } from "./linear-model.ts";

/** A model with the threshold its decision applies. */
export interface Thresholded<M> {
  readonly model: M;
  readonly threshold: number;
}

/**
 * The learned decisions the extractor may use; each is optional, so extraction works (rules only)
 * when a data file is absent.
 */
export interface LearnedModels {
  /** P(a trigger reports a concrete event of this news cycle); below the threshold it codes nothing. */
  readonly eventness: Thresholded<BinaryModel> | null;
  /** P(sub-event type | trigger and clause), one-vs-rest; a class above the threshold retypes the event. */
  readonly subEventType: Thresholded<ClassModel> | null;
  /** P(a place mention is where the event happened); below the threshold it is no event's place. */
  readonly placeRole: Thresholded<BinaryModel> | null;
  /** P(an event the rules built is a gold event: right type, place and day); below the threshold it is dropped. */
  readonly eventDraft: Thresholded<BinaryModel> | null;
}

export const NO_MODELS: LearnedModels = { eventness: null, subEventType: null, placeRole: null, eventDraft: null };
