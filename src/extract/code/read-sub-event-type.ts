import { eventTypeOf, type SubEventType } from "../../model/conflict-event.ts";
import type { Annotation } from "../annotate/annotation.ts";
import { clauseOf, type SentenceContext, type TriggerAnnotation } from "./sentence-context.ts";

/** Weapon types that a list with small arms makes the arms of a direct assault (GUIDELINES: storming positions is Armed clash). */
const MIXED_ARMS_TYPES: ReadonlySet<SubEventType> = new Set(["Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"]);

export interface SubEventReading {
  readonly sub: SubEventType;
  /** A cue or the previous event typed it, not the trigger alone. */
  readonly cueTyped: boolean;
  readonly artilleryNear: boolean;
  readonly rules: readonly string[];
}

/**
 * The sub-event type of a trigger with the cues around it: a shelling with an air cue near it
 * ("قصف بالطيران الحربي") is an air strike, a generic verb with an explosive cue ("استهداف بعبوة")
 * an IED, an artillery cue keeps or sets the shelling type; a generic verb with no cue of its own
 * ("استهدفت") takes the type of the article's last event.
 */
export function readSubEventType(ctx: SentenceContext, trig: TriggerAnnotation, lastSub: SubEventType | null): SubEventReading {
  const entry = trig.value.entry;
  // Cues count inside the trigger's clause only ("غارات جوية على X، فيما قصفت قوات النظام …").
  const clause = clauseOf(ctx, trig);
  const inClause = (a: Annotation): boolean => a.first > clause.start && a.first < clause.end;
  const cues = ctx.s.annotations.filter((a) => a.value.kind === "cue" && inClause(a));
  const near = (c: string, w: number): Annotation | undefined => cues.find((x) => x.value.kind === "cue" && x.value.cue === c && Math.abs(x.first - trig.first) <= w);
  // A trigger met only through its light stem ("باستهدافها" for "استهداف") says so in provenance.
  const rules: string[] = [trig.match === "stem" ? `trigger:${entry.id}+match:stem` : `trigger:${entry.id}`];
  let sub = entry.sub_event_type as SubEventType;
  const air = near("air", 6) ?? ctx.actors.find((a) => a.value.air && inClause(a) && Math.abs(a.first - trig.first) <= 6);
  // "هاجم المسلحون الحاجز بالرشاشات والقنابل اليدوية": a shell, grenade or bomb listed with small arms arms a
  // direct assault; it neither is a remote attack of its own nor types the attack that uses it.
  const toks = ctx.s.sentence.tokens;
  const smallArms = cues.filter((c) => c.value.kind === "cue" && c.value.cue === "small_arms");
  const withSmallArms = (a: { readonly first: number; readonly last: number }): boolean =>
    smallArms.some((c) => (c.last + 1 === a.first && toks[a.first]!.conj) || (a.last + 1 === c.first && toks[c.first]!.conj));
  if (!air && MIXED_ARMS_TYPES.has(sub) && withSmallArms(trig)) {
    return { sub: "Armed clash", cueTyped: true, artilleryNear: false, rules: [...rules, "subtype:mixed-arms"] };
  }
  const armsCue = (c: string, w: number): Annotation | undefined => {
    const x = near(c, w);
    return x && !withSmallArms(x) ? x : undefined;
  };
  const artillery = armsCue("artillery", 3);
  if (entry.with_air && air && !artillery) {
    sub = entry.with_air as SubEventType;
    rules.push("subtype:air-cue");
  }
  // "هاجمت طائرة مسيرة نقطة …": aircraft as the subject right after the verb.
  const airSubject = entry.air_subject && (cues.some((c) => c.value.kind === "cue" && c.value.cue === "air" && c.first === trig.last + 1) || ctx.actors.some((a) => a.value.air && a.first === trig.last + 1));
  if (airSubject && sub === entry.sub_event_type) {
    sub = entry.air_subject as SubEventType;
    rules.push("subtype:air-subject");
  }
  if (entry.with_explosive && armsCue("explosive", 4)) {
    sub = entry.with_explosive as SubEventType;
    rules.push("subtype:explosive-cue");
  }
  if (entry.with_artillery && sub === entry.sub_event_type && (armsCue("artillery", 6) ?? armsCue("missile", 6))) {
    sub = entry.with_artillery as SubEventType;
    rules.push("subtype:artillery-cue");
  }
  let cueTyped = sub !== entry.sub_event_type;
  // "استهدفت القوات بلدة X، كما قصفت مدينة Y": a generic verb with no cue of its own, followed in its
  // sentence by a strike or shelling named outright, is of that kind, not of the article's last event.
  const sibling = entry.inherits && !cueTyped ? ctx.candidates.find((t) => t.first > trig.last && !t.value.entry.inherits && !t.value.entry.casualty && !t.value.entry.weak && eventTypeOf(t.value.entry.sub_event_type as SubEventType) === "Explosions/Remote violence") : undefined;
  if (sibling) {
    sub = readSubEventType(ctx, sibling, null).sub;
    cueTyped = true;
    rules.push("subtype:sentence-sibling");
  }
  if (entry.inherits && !cueTyped && lastSub) {
    sub = lastSub;
    cueTyped = true;
    rules.push("subtype:previous-event");
  }
  return { sub, cueTyped, artilleryNear: !!artillery, rules };
}
