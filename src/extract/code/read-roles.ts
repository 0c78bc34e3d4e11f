import type { Annotation } from "../annotate/annotation.ts";
import { clauseOf, markedBy, previousTrigger, type ActorAnnotation, type SentenceContext, type TriggerAnnotation } from "./sentence-context.ts";

type Span = readonly [number, number];

/** An actor key with the words that name it. */
export interface RoleFiller {
  readonly key: string;
  readonly span: Span | null;
  /** The lexicon alias that matched, for provenance. */
  readonly phrase: string;
  readonly air: boolean;
}

export interface RoleReading {
  readonly actor1: RoleFiller | null;
  readonly actor2: RoleFiller | null;
  /** actor1 was named in this clause (not carried over from elsewhere). */
  readonly actor1Named: boolean;
  readonly rules: readonly string[];
}

/** What earlier clauses and sentences lend a clause that names no actor of its own. */
export interface RoleMemory {
  /** actor1 of an earlier clause of this sentence: coordinated verbs share their subject. */
  readonly sentenceActor1: RoleFiller | null;
  /** The last actor1 of each event type in the article. */
  readonly lastActor1: ReadonlyMap<string, RoleFiller>;
}

/**
 * Actors by role around a trigger. actor1 acts: an agent marked "من قبل"/"على يد", the subject after
 * a verb ("قصفت قوات النظام …") or before it, the attacker a side repelled ("تصدت الفصائل لهجوم
 * قوات النظام": the attacker is actor1). actor2 is acted upon: marked by a target word or
 * preposition ("مواقع لـ", "على", "ضد"), or named as victims of the casualty phrase. "بين X وY":
 * X acts on Y. With no actor named: a nationality adjective ("غارات روسية"), the subject of an
 * earlier clause, the speaker of the sentence, then the last actor of this type in the article.
 */
export function readRoles(ctx: SentenceContext, trig: TriggerAnnotation, family: string, airNear: boolean, memory: RoleMemory): RoleReading {
  const { s, roles } = ctx;
  const toks = s.sentence.tokens;
  const span = (a: Annotation): Span => [toks[a.first]!.start, toks[a.last]!.end];
  const entry = trig.value.entry;
  const rules: string[] = [];
  const clause = clauseOf(ctx, trig);
  const civilianAfter = (i: number): boolean => ctx.lastCivilianStart > i;

  const isRepel = toks[trig.first]!.forms.some((f) => roles.repel.has(f)) || roles.repel.has(trig.phrase);
  // Victims: an actor named right after "killed"/"wounded" with no trigger between ("قُتل عدد من المسلحين").
  const victim = (a: ActorAnnotation): boolean =>
    ctx.casualties.spans.some((c) => (c.rule.startsWith("casualties:killed") || c.rule.startsWith("casualties:injured")) && a.first > c.first && a.first - c.last <= 3 && !ctx.strong.some((t) => t.first > c.last && t.first < a.first)) &&
    // "قتل مجهولون الشاب …": an actor followed by a civilian object is the killer.
    !(a.value.key !== "CIVILIANS" && civilianAfter(a.last));
  // Before the trigger only prepositions mark a target ("مواقع للجيش قصفت" is the subject); an
  // instrument noun ("بالصواريخ") ends its clause, so an actor before it is the object.
  const instrumentNoun = entry.pos === "noun" && toks[trig.first]!.text.startsWith("ب");
  const isTarget = (a: ActorAnnotation): boolean =>
    entry.sub_event_type !== "Other" && (markedBy(ctx, a, a.first > trig.last || instrumentNoun ? roles.target : roles.targetPrepositions) || victim(a));
  const prevTrig = previousTrigger(ctx, trig);
  // The actor that speaks ("قالت قسد إن …") is the source of the report, not a party to it.
  const speaking = (a: ActorAnnotation): boolean => ctx.attributionEnds.has(a.first - 1);
  const armed = ctx.actors.filter((a) => a.value.key !== "CIVILIANS" && !speaking(a));
  const after = armed.filter((a) => a.first > trig.last && a.first < clause.end);
  const before = armed.filter((a) => a.last < trig.first && a.first > Math.max(prevTrig?.last ?? -1, clause.start));

  let a1: ActorAnnotation | undefined;
  let a2: ActorAnnotation | undefined;
  if (isRepel) {
    const repeller = after.find((a) => a.first - trig.last <= 2) ?? before.filter((a) => !isTarget(a)).pop();
    a1 = after.find((a) => a !== repeller && a.value.key !== repeller?.value.key && a.first - trig.last <= 10);
    a2 = repeller;
    rules.push("actors:repel");
  } else {
    const agent = after.find((a) => markedBy(ctx, a, roles.agent));
    const direct = after.find((a) => a.first - trig.last <= 3 && !isTarget(a));
    const subject = before.find((a) => !isTarget(a));
    const agentBefore = [...before].reverse().find((a) => markedBy(ctx, a, roles.agent));
    a1 = agent ?? agentBefore ?? (instrumentNoun ? subject ?? direct : direct ?? subject);
    a2 = after.find((a) => a !== a1 && isTarget(a) && a.value.key !== a1?.value.key)
      ?? before.find((a) => a !== a1 && isTarget(a) && a.value.key !== a1?.value.key)
      ?? (entry.sub_event_type === "Armed clash" ? after.find((a) => a !== a1 && a.value.key !== a1?.value.key && a.first - trig.last <= 6) : undefined);
    rules.push(agent ? "actors:agent-marker" : direct ? "actors:after-trigger" : subject ? "actors:subject-before" : "actors:none");
  }
  // "بين X وY", "توصلت تركيا وروسيا": two actors joined by و — the first acts, the second is acted upon.
  const pairFirst = armed.find((a) => (markedBy(ctx, a, roles.pair) && a.first > trig.last && a.first - trig.last <= 4) || (entry.sub_event_type === "Agreement" && a === a1));
  const pairSecond = pairFirst && armed.find((b) => b.first === pairFirst.last + 1 && toks[b.first]!.conj);
  if (pairFirst && pairSecond && (markedBy(ctx, pairFirst, roles.pair) || entry.sub_event_type === "Agreement")) {
    a1 = pairFirst;
    a2 = pairSecond;
    rules.push("actors:pair");
  }
  a1 = a1 && specific(a1, armed);
  a2 = a2 && specific(a2, armed);
  const filler = (a: ActorAnnotation): RoleFiller => ({ key: a.value.key, span: span(a), phrase: a.phrase, air: a.value.air });
  const actor2 = a2 ? filler(a2) : null;
  if (a1) return { actor1: filler(a1), actor2, actor1Named: true, rules };

  // "القصف الجوي الروسي", "غارات روسية": the nationality adjective after the trigger names the actor.
  for (let k = trig.last + 1; k <= trig.last + 4 && k < toks.length; k++) {
    const key = nationalityOf(toks[k]!.forms, roles.nationality);
    if (key) {
      const end = Math.min(toks.length - 1, trig.last + 2);
      return { actor1: { key, span: [toks[trig.first]!.start, toks[end]!.end], phrase: "", air: airNear }, actor2, actor1Named: false, rules: [...rules, "actor1:nationality-adjective"] };
    }
  }
  // "شنت الهيئة هجوماً … وسيطرت على …": coordinated verbs share their subject (a noun such as
  // "اشتباكات" later in the sentence opens a new clause with its own parties).
  if (memory.sentenceActor1 && entry.pos === "verb") return { actor1: memory.sentenceActor1, actor2, actor1Named: false, rules: [...rules, "actor1:same-sentence"] };
  // "أعلن الجيش السوري سيطرته على …": with no other actor, the speaker reports its own action.
  const speaker = ctx.actors.find((a) => a.value.key !== "CIVILIANS" && speaking(a) && a.last < trig.first);
  if (speaker) return { actor1: { ...filler(speaker), air: false }, actor2, actor1Named: false, rules: [...rules, "actor1:speaker"] };
  const prev = memory.lastActor1.get(family);
  if (prev) return { actor1: prev, actor2, actor1Named: false, rules: [...rules, "actor1:previous-sentence"] };
  return { actor1: null, actor2, actor1Named: false, rules };
}

/** A generic actor ("مجموعات إرهابية") followed closely by a named one ("تتبع لجبهة النصرة") is the named one. */
function specific(a: ActorAnnotation, actors: readonly ActorAnnotation[]): ActorAnnotation {
  if (!a.value.generic) return a;
  return actors.find((b) => !b.value.generic && b.first > a.last && b.first - a.last <= 5) ?? a;
}

/**
 * The actor of the first form of a word that is a nationality adjective. A loop rather than
 * `forms.map(get).find(Boolean)`: that chain built a throwaway array per word, and such arrays do
 * not all share one internal layout, so optimised code compiled for one met another ("wrong map"
 * in V8's deoptimisation trace) and readRoles, a long function, was compiled a second time.
 */
function nationalityOf(forms: readonly string[], nationality: ReadonlyMap<string, string>): string | undefined {
  for (const f of forms) {
    const key = nationality.get(f);
    if (key) return key;
  }
  return undefined;
}
