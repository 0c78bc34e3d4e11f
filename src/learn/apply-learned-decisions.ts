/**
 * The learned decisions applied around the rules, as two isolated steps the extractor calls: a place
 * filter before events are built, and a gate and retyping after. Thresholds come from the model files.
 */
import type { AnnotatedSentence } from "../extract/annotate/annotate-sentence.ts";
import type { Annotation } from "../extract/annotate/annotation.ts";
import type { EventDraft } from "../extract/code/event-draft.ts";
import type { PlaceMention } from "../extract/read/place-mention.ts";
import type { Document } from "../extract/prepare/prepare-document.ts";
import { EVENT_TYPES, type SubEventType } from "../model/conflict-event.ts";
import type { LearnedDecisions } from "./learned-decisions.ts";

const SUB_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(EVENT_TYPES).flat());

/** The mentions that may be an event's place: those the place-role model does not rule out. */
export function keepEventPlaces(decisions: LearnedDecisions, doc: Document, s: AnnotatedSentence, places: readonly PlaceMention[]): readonly PlaceMention[] {
  const m = decisions.models.placeRole;
  // A threshold of 0 keeps the model in its file but out of the extraction (it did not gain on cross-validation).
  if (!m || m.threshold <= 0) return places;
  return places.filter((p) => (decisions.placeRole(doc, s, p) ?? 1) >= m.threshold);
}

/**
 * Drafts of one sentence after the learned gate (event-ness of their trigger) and retyping (a
 * sub-event type the model prefers over the rules' with confidence), then the check of the event as
 * built (trigger × place × type). Each change lands in provenance.
 */
export function reviseDrafts(decisions: LearnedDecisions, doc: Document, s: AnnotatedSentence, drafts: readonly EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    const trigger = triggerOf(s, d);
    if (!trigger) {
      out.push(d);
      continue;
    }
    if (below(decisions.models.eventness, () => decisions.eventness(doc, s, trigger))) continue;
    if (below(decisions.models.eventDraft, () => decisions.eventDraft(doc, s, trigger, d))) continue;
    out.push(retype(decisions, doc, s, trigger, d));
  }
  return out;
}

/** The decision's probability is under its threshold; a threshold of 0 (or no model) computes nothing. */
function below(m: { readonly threshold: number } | null, p: () => number | null): boolean {
  if (!m || m.threshold <= 0) return false;
  const x = p();
  return x !== null && x < m.threshold;
}

function retype(decisions: LearnedDecisions, doc: Document, s: AnnotatedSentence, trigger: Annotation, d: EventDraft): EventDraft {
  const m = decisions.models.subEventType;
  if (!m || m.threshold <= 0) return d;
  // The model chooses only among the types the trigger's lexicon entry allows (its own and those its
  // air, artillery and explosive cues give), and only where the rules chose among them too: types the
  // rules read from actors, territory or the previous event stay theirs. No choice, no computing.
  const v = trigger.value;
  if (v.kind !== "trigger") return d;
  const options = new Set([v.entry.sub_event_type, v.entry.with_air, v.entry.with_artillery, v.entry.with_explosive].filter((x) => x !== undefined));
  if (options.size < 2 || !options.has(d.sub)) return d;
  // A type the rules read from a cue or an actor in the clause ("بالمدفعية", "الطائرات") is evidence, not a guess.
  if (d.provenance.some((x) => x.field === "sub_event_type" && x.rule.includes("subtype:"))) return d;
  const ranked = decisions.subEventTypes(doc, s, trigger);
  if (!ranked) return d;
  const top = ranked.find((r) => options.has(r.label));
  const current = ranked.find((r) => r.label === d.sub)?.p ?? 0;
  if (!top || top.label === d.sub || top.p < m.threshold || current >= 0.5 || !SUB_EVENT_TYPES.has(top.label)) return d;
  return {
    ...d,
    sub: top.label as SubEventType,
    provenance: d.provenance.map((x) => (x.field === "sub_event_type" ? { ...x, rule: `${x.rule}+learned:sub-event-type` } : x)),
  };
}

/** The trigger annotation a draft was built from: the span its sub-event type provenance points at. */
function triggerOf(s: AnnotatedSentence, d: EventDraft): Annotation | undefined {
  const span = d.provenance.find((x) => x.field === "sub_event_type")?.span;
  if (!span || d.sentence !== s.sentence.index) return undefined;
  const toks = s.sentence.tokens;
  return s.annotations.find((a) => a.value.kind === "trigger" && toks[a.first]!.start === span[0] && toks[a.last]!.end === span[1]);
}
