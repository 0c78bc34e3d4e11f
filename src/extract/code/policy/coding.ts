import type { SubEventType } from "../../../model/conflict-event.ts";

/**
 * What an event is coded as while the policy rules run: the sub-event type and the two actor
 * keys, plus the rule ids that shaped them. Rules return a new coding; they never edit one.
 */
export interface Coding {
  readonly sub: SubEventType;
  readonly actor1: string | null;
  readonly actor2: string | null;
  /** The acting side flies (an air alias of its actor, or an air cue next to it). */
  readonly actor1Air: boolean;
  /** Rule ids in the order they fired, for provenance. */
  readonly rules: readonly string[];
}

/** What the rules may read about the clause beyond the coding itself. Facts, not decisions. */
export interface CodingFacts {
  /** The trigger entry's own type before any cue or rule refined it. */
  readonly triggerSub: SubEventType;
  /** The trigger's type when an air cue or air actor is present (shelling → air strike). */
  readonly withAir: SubEventType | null;
  /** The trigger only reports deaths or injuries (مقتل، قتل) and names no kind of violence. */
  readonly casualtyOnly: boolean;
  /** The trigger's type when a force that fights no ground war in the theatre attacks (هجوم إسرائيلي). */
  readonly byAirForce: SubEventType | null;
  /** The trigger tells an event only when such a force is its actor1 (عدوان). */
  readonly airForceOnly: boolean;
  /** actor1 is named in the clause (a name or a nationality adjective), not lent by an earlier clause or sentence. */
  readonly actor1InClause: boolean;
  /** A capture's object is a part of the place (أجزاء، أحياء، نقاط): fighting, not a capture of the place. */
  readonly partialObject: boolean;
  /** A raid's actor1 is named as the subject of its clause ("أغار مقاتلون", "شن مقاتلون غارة"). */
  readonly raidBySubject: boolean;
  /** Captures (سيطر، حرر): the type depends on who takes the place. */
  readonly territorial: boolean;
  /** The trigger names a person as its victim (اغتيال، إعدام). */
  readonly victimImplied: boolean;
  /** Weak triggers (عملية) make an event only with an actor or a type cue of their own. */
  readonly weak: boolean;
  /** The type came from a cue or an earlier event, not the trigger alone. */
  readonly cueTyped: boolean;
  /** An artillery cue stands right by the trigger (قذائف، مدفعية). */
  readonly artilleryNear: boolean;
  /** An air cue in the clause, away from the trigger itself. */
  readonly airCueAround: boolean;
  /** Protest words in the sentence. */
  readonly protesters: boolean;
  /** Civilians are among the dead or wounded. */
  readonly civilianCasualties: boolean;
  /** The sentence counts at least one dead or wounded ("سقوط 14 قتيلاً") and names no fighters or soldiers among its words. */
  readonly tollCounted: boolean;
  /** A noun of fighters, soldiers or police stands in the sentence ("جنود", "عناصر"): victims may be armed. */
  readonly armedVictims: boolean;
  /** A military site (مواقع عسكرية، مطار عسكري) is the trigger's object: within a few words after it, in its clause. */
  readonly militarySiteObject: boolean;
  /** A civilian noun is the trigger's object (within a few words after it). */
  readonly civilianObject: boolean;
  /** The trigger tells a one-sided attack ("هاجم", "هجوم"), not fighting between two sides ("اشتباكات"). */
  readonly attackTrigger: boolean;
  /** A fighter, soldier or member is the object a few words after the trigger ("اغتال ملثمون ضابطاً في …"). */
  readonly armedObject: boolean;
  /** A civilian noun anywhere after the trigger. */
  readonly civilianAfterTrigger: boolean;
  /** Fighting within one side is told ("ميليشيات متخاصمة", "اقتتال بين فصائل"). */
  readonly infighting: boolean;
  /** The nearest other named armed side in the sentence, for a battle that names one side. */
  readonly otherArmedSide: string | null;
  /**
   * A withdrawal's next trigger, in its clause, names fighting or remote violence ("انسحبت القوات من
   * الحاجز بعد تعرضه للقصف", "على خلفية هجوم المقاتلين"): the side left under attack.
   */
  readonly withdrawalUnderAttack: boolean;
  /** Inter type of an actor key (State forces, Rebel group, …). */
  readonly interOf: (key: string) => string | undefined;
}
