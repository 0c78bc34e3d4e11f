import { ofKind, UNLISTED_GROUP } from "../annotate/annotate-sentence.ts";
import type { Annotation } from "../annotate/annotation.ts";
import { eventTypeOf, type SubEventType } from "../../model/conflict-event.ts";
import { AND, FOR, hasArticle, hasProclitic, IN, IN_WORD } from "../../text/word-forms.ts";
import type { Token } from "../../text/tokenize.ts";
import type { SpeakerPhrase } from "./reported-speech.ts";
import { clauseOf, markedBy, namedAsBacker, previousTrigger, type ActorAnnotation, type SentenceContext, type TriggerAnnotation } from "./sentence-context.ts";

type Span = readonly [number, number];

/** How far (in tokens) past a killing verb's subject its armed victims are named ("قتلت القوات 11 مسلحاً"). */
export const ARMED_VICTIM_REACH = 3;

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
  /** The clause tells fighting between groups of one side ("بين فصائل X"). */
  readonly within?: boolean;
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
 * X acts on Y. A nationality adjective on the trigger or its weapon ("غارات روسية", "قصف مدفعي
 * تركي") names actor1 unless a marker does. Actors in a speaker phrase ("قال مسؤول في X إن …")
 * are the report's source, not its parties. With no actor named: a nationality adjective near the
 * trigger, the subject of an earlier clause, the speaker (or the speaker's side), then the last
 * actor of this type in the article.
 */
export function readRoles(ctx: SentenceContext, trig: TriggerAnnotation, family: string, airNear: boolean, memory: RoleMemory): RoleReading {
  const { s, roles } = ctx;
  const toks = s.sentence.tokens;
  const span = (a: Annotation): Span => [toks[a.first]!.start, toks[a.last]!.end];
  const entry = trig.value.entry;
  const rules: string[] = [];
  const clause = clauseOf(ctx, trig);
  // "قتل ثلاثة من عناصر الفصيل ومدني": a civilian joined by و right after the side is a victim beside it.
  const civilianAfter = (i: number): boolean => ctx.lastCivilianStart > i && ofKind(s, "civilian").some((c) => c.first > i && !(c.first === i + 1 && toks[c.first]!.conj));
  const countAfter = (i: number): boolean => toks[i + 1]?.kind === "number" || s.annotations.some((x) => x.first === i + 1 && (x.value.kind === "number-word" || x.value.kind === "vague"));

  const isRepel = toks[trig.first]!.forms.some((f) => roles.repel.has(f)) || roles.repel.has(trig.phrase);
  // Victims: an actor named right after "killed"/"wounded" with no trigger between ("قُتل عدد من المسلحين").
  const victim = (a: ActorAnnotation): boolean =>
    ctx.casualties.spans.some((c) => (c.rule.startsWith("casualties:killed") || c.rule.startsWith("casualties:injured")) && a.first > c.first && a.first - c.last <= 3 && !ctx.strong.some((t) => t.first > c.last && t.first < a.first)) &&
    // "قتل مجهولون الشاب …": an actor followed by a civilian object is the killer; "قتلت قوات النظام
    // عشرة من عناصر التنظيم": so is one followed by the count of those it killed, or by the fighters
    // it killed ("قتلت القوات العراقية ستة مسلحين").
    !(a.value.key !== "CIVILIANS" && (civilianAfter(a.last) || countAfter(a.last) || killsFighters(a)));
  const killsFighters = (a: ActorAnnotation): boolean => {
    if (!entry.casualty || a.first <= trig.last || a.first - trig.last > 2) return false;
    for (let k = a.last + 1; k < Math.min(toks.length, a.last + 1 + ARMED_VICTIM_REACH); k++) {
      if (toks[k]!.conj) return false;
      if (toks[k]!.forms.some((f) => roles.armedVictimNouns.has(f))) return true;
    }
    return false;
  };
  // Before the trigger only prepositions mark a target ("مواقع للجيش قصفت" is the subject); an
  // instrument noun ("بالصواريخ") ends its clause, so an actor before it is the object. The trigger
  // marks no target of its own where the actor after it can be its agent: a verb's subject, or a
  // noun's genitive, which follows a noun with no article ("هجوم التنظيم") or takes لـ ("هجوم واسع
  // لمسلحي التنظيم على …"); "تصدت لهجوم X" still makes X the attacker repelled.
  const instrumentNoun = entry.pos === "noun" && toks[trig.first]!.text.startsWith(IN);
  const agentAfter = (a: ActorAnnotation): boolean => entry.pos !== "noun" || !hasArticle(toks[trig.first]!.text) || hasProclitic(toks[a.first]!.text, FOR);
  // "اعتقلت القوات عشرة من عناصر التنظيم", "واعتقلت أحد فلول النظام": a side counted after an arrest
  // or abduction ("N من X") is who was taken, not who took them ("هاجم عشرة من عناصر التنظيم" keeps
  // its counted subject).
  const takes = entry.sub_event_type === "Arrests" || entry.sub_event_type === "Abduction/forced disappearance";
  // A group the catalogue does not list ("خمسة من أبناء العشائر") names people, taken as civilians.
  const counted = (a: ActorAnnotation): boolean => {
    if (!takes || a.value.key === UNLISTED_GROUP) return false;
    let k = a.first - 1;
    const part = (j: number): boolean => j > trig.last && toks[j]!.forms.some((f) => roles.sidePartNouns.has(f));
    // "ثلاثة من عناصر الأمن": the part of the side may stand after "من" too.
    if (part(k)) k--;
    // "أحد فلول النظام": the count in construct with the side, with no "من".
    if (toks[k] && roles.partitive.has(toks[k]!.text)) k--;
    if (part(k)) k--;
    if (k <= trig.last) return false;
    const t = toks[k]!;
    return t.kind === "number" || s.annotations.some((x) => x.first <= k && k <= x.last && (x.value.kind === "number-word" || x.value.kind === "vague" || x.value.kind === "one"));
  };
  // "برصاص عناصر حاجز لقوات النظام": after a weapon noun with no article, its genitive chain names
  // who fired, the side written with لـ after the post it holds included; "اعتقل حاجز لقوات النظام
  // شاباً": a post right after an arrest verb is its subject, and the post's side arrested.
  const shooterUnit = (a: ActorAnnotation): boolean =>
    ((entry.pos === "noun" && toks[trig.first]!.text.startsWith(IN) && !hasArticle(toks[trig.first]!.text)) || (takes && entry.pos === "verb" && a.first - trig.last === 2)) &&
    a.first > trig.last && a.first - trig.last <= 3 &&
    hasProclitic(toks[a.first]!.text, FOR) && markedBy(ctx, a, roles.possessedNouns) &&
    toks.slice(trig.last + 1, a.first).every((t) => t.kind === "word" && !t.conj && !roles.targetPrepositions.has(t.text));
  // "اغتال مجهولون قيادياً في هيئة تحرير الشام", "اغتيل قيادي في الجيش الوطني": the side of the member
  // hit by a violent trigger is its target, before or after it ("قيادي في الفصيل … بعبوة ناسفة"); a
  // member who speaks ("قال قيادي في الهيئة إن …") is the source.
  const violentTrigger = eventTypeOf(entry.sub_event_type as SubEventType) !== "Strategic developments" && eventTypeOf(entry.sub_event_type as SubEventType) !== "Protests";
  const memberHit = (a: ActorAnnotation): boolean =>
    violentTrigger && !ctx.speakers.some((p) => p.verb < a.first && a.last < p.opens) && (toks[a.first - 1]?.text === IN_WORD || hasProclitic(toks[a.first]!.text, IN)) && markedBy(ctx, a, roles.memberNouns);
  const isTarget = (a: ActorAnnotation): boolean =>
    entry.sub_event_type !== "Other" && !shooterUnit(a) && (memberHit(a) || markedBy(ctx, a, a.first > trig.last || instrumentNoun ? roles.target : roles.targetPrepositions, agentAfter(a) ? trig : undefined) || victim(a) || (a.first > trig.last && counted(a)));
  const prevTrig = previousTrigger(ctx, trig);
  // The actor that speaks ("قالت قسد إن …") is the source of the report, not a party to it.
  const speaking = (a: ActorAnnotation): boolean => ctx.attributionEnds.has(a.first - 1);
  // "بلدة سرمدا الحدودية مع تركيا": a state named as a neighbour is a place, not a party.
  // "فصائل المعارضة المدعومة من تركيا": the backer is no party either.
  const armed = ctx.actors.filter((a) => a.value.key !== "CIVILIANS" && !speaking(a) && !markedBy(ctx, a, roles.borderWords) && !namedAsBacker(ctx, a));
  // "أعدم التنظيم ثلاثة مدنيين بتهمة التعامل مع النظام": a side named in the accusation is no party.
  const accusation = toks.findIndex((t, k) => k > trig.last && k < clause.end && t.forms.some((f) => roles.accusationWords.has(f)));
  const after = armed.filter((a) => a.first > trig.last && a.first < clause.end && (accusation < 0 || a.first < accusation));
  // "قال مسؤول في وزارة الدفاع الروسية إن طائرات قصفت …": the speaker's side is the source, not a party.
  const speech = reportingPhrase(ctx.speakers, trig);
  const ofSpeaker = (a: ActorAnnotation): boolean => speech !== undefined && a.first > speech.verb && a.last < speech.opens;
  const before = armed.filter((a) => a.last < trig.first && a.first > Math.max(prevTrig?.last ?? -1, clause.start) && !ofSpeaker(a));

  let a1: ActorAnnotation | undefined;
  let a2: ActorAnnotation | undefined;
  // actor1 named by a marker ("من قبل", "بين X وY") or by the repel frame, which outweighs an adjective.
  let marked = isRepel;
  if (isRepel) {
    const repeller = after.find((a) => a.first - trig.last <= 2) ?? before.filter((a) => !isTarget(a)).pop();
    a1 = after.find((a) => a !== repeller && a.value.key !== repeller?.value.key && a.first - trig.last <= 10);
    a2 = repeller;
    rules.push("actors:repel");
  } else {
    const agent = after.find((a) => markedBy(ctx, a, roles.agent));
    // "عبوة ناسفة استهدفت دورية للجيش": a side after another trigger belongs to that trigger's words.
    const pastAnotherVerb = (a: ActorAnnotation): boolean => s.annotations.some((t) => t.value.kind === "trigger" && t.value.entry.pos === "verb" && t.first > trig.last && t.last < a.first);
    // "حاجز للقوات النظامية … ينفذون هجوماً": a side written with لـ after the noun of a thing a side
    // holds (حاجز، رتل، مواقع) owns that thing and is no subject of the trigger after it ("تقدم جديد
    // لقوات النظام، سيطرت …" keeps its agent: تقدم names an action, not a thing). After the trigger it
    // is the side hit after a noun trigger or one that names its object ("تدمير دبابة لقوات النظام"
    // destroys the army's tank; "انفجار استهدف رتلاً لقوات النظام"), but the subject after a verb
    // ("اختطفت دورية لقوات النظام شابين": the patrol abducted).
    const possessor = (a: ActorAnnotation): boolean => hasProclitic(toks[a.first]!.text, FOR) && markedBy(ctx, a, roles.possessedNouns);
    // Not after an instrument ("برصاص عناصر حاجز لقوات النظام": whose bullets, the shooter's side).
    const objectNamed = family !== "Strategic developments" && !instrumentNoun && (entry.pos === "noun" || trig.last > trig.first);
    const ownerHit = (a: ActorAnnotation): boolean => objectNamed && possessor(a);
    const direct = after.find((a) => a.first - trig.last <= 3 && !isTarget(a) && !ownerHit(a) && !pastAnotherVerb(a));
    const subject = before.find((a) => !isTarget(a) && !possessor(a));
    const agentBefore = [...before].reverse().find((a) => markedBy(ctx, a, roles.agent));
    // "قال شهود إن التحالف قصف قوات الحوثيين": a side right before a verb, opening its clause or the
    // reported clause after إن/أن, is the verb's subject; a side after the verb is then its object.
    const opensClause = (a: ActorAnnotation): boolean => a.first === clause.start + 1 || (a.first > 0 && toks[a.first - 1]!.forms.some((f) => roles.speechComplementizers.has(f)));
    const subjectFirst = entry.pos === "verb" && subject && subject.last === trig.first - 1 && opensClause(subject) ? subject : undefined;
    a1 = agent ?? agentBefore ?? subjectFirst ?? (instrumentNoun ? subject ?? direct : direct ?? subject);
    marked = Boolean(agent ?? agentBefore);
    a2 = after.find((a) => a !== a1 && (isTarget(a) || ownerHit(a)) && a.value.key !== a1?.value.key)
      // "استهدف مجهولون دورية لقوات النظام بعبوة ناسفة": before an instrument, the side that owns
      // the thing struck is hit.
      ?? before.find((a) => a !== a1 && (isTarget(a) || (instrumentNoun && possessor(a))) && a.value.key !== a1?.value.key)
      ?? (entry.sub_event_type === "Armed clash" ? after.find((a) => a !== a1 && a.value.key !== a1?.value.key && a.first - trig.last <= 6) : undefined)
      ?? (subjectFirst && a1 === subjectFirst && direct && direct.value.key !== subjectFirst.value.key ? direct : undefined);
    rules.push(agent ? "actors:agent-marker" : subjectFirst && a1 === subjectFirst ? "actors:subject-first" : direct ? "actors:after-trigger" : subject ? "actors:subject-before" : "actors:none");
  }
  // "بين X وY", "توصلت تركيا وروسيا": two actors joined by و — the first acts, the second is acted upon.
  // "اشتباكات على محاور X وY وZ بين الفصائل وقوات النظام": the places of a battle may stand between
  // its trigger and the pair; no other trigger may.
  const nextTrigger = ctx.strong.find((t) => t.first > trig.last)?.first ?? Infinity;
  const pairReach = (a: ActorAnnotation): boolean => a.first - trig.last <= 4 || (entry.sub_event_type === "Armed clash" && a.first < clause.end && a.first < nextTrigger);
  const pairFirst = armed.find((a) => (markedBy(ctx, a, roles.pair) && a.first > trig.last && pairReach(a)) || (entry.sub_event_type === "Agreement" && a === a1));
  // "بين X من جهة، وY من جهة أخرى": the second side follows the words that close the first.
  const sideClosed = (a: ActorAnnotation): boolean => toks.slice(a.last + 1, a.last + 4).some((t) => t.forms.some((f) => roles.sideWords.has(f)));
  const pairSecond = pairFirst && armed.find((b) => (joinedTo(toks, pairFirst, b) || (sideClosed(pairFirst) && b.first > pairFirst.last && b.first - pairFirst.last <= 7 && toks[b.first]!.conj)) && b.value.key !== pairFirst.value.key);
  if (pairFirst && pairSecond && (markedBy(ctx, pairFirst, roles.pair) || entry.sub_event_type === "Agreement")) {
    a1 = pairFirst;
    a2 = pairSecond;
    rules.push("actors:pair");
    marked = true;
  }
  // "اشتباكات بين فصائل الجيش الوطني", "بين فصيلين تابعين للجيش الوطني": "بين" before the groups of a
  // single side, with no second side joined to it, is fighting within that side.
  // "بين فصيلي “لواء X” و“فرقة Y”": "two factions" says both are of one side, even joined as a pair.
  const within = (!pairSecond || (pairFirst && twoGroupsBefore(ctx, pairFirst))) && entry.sub_event_type === "Armed clash" ? groupsOfOneSide(ctx, trig, armed) : undefined;
  // "بين مجموعات من X من جهة، وY من جهة أخرى": a second side follows, named or not.
  const secondSide = (a: ActorAnnotation): boolean =>
    armed.some((b) => b.value.key !== a.value.key && b.first > a.last && b.first - a.last <= 4 && toks[b.first]!.conj) || sideClosed(a);
  if (within && !secondSide(within)) {
    a1 = within;
    a2 = within;
    rules.push("actors:pair-within");
    marked = true;
  }
  // "اختطف مسلحون ثلاثة من عناصر الأمن": the side taken is not the one the generic takers belong to.
  a1 = a1 && specific(a1, armed.filter((b) => !(b.first > trig.last && counted(b))));
  a2 = a2 && specific(a2, armed);
  const filler = (a: ActorAnnotation): RoleFiller => ({ key: a.value.key, span: span(a), phrase: a.phrase, air: a.value.air });
  // "غارات روسية على …", "قصف مدفعي تركي استهدف …": an adjective of nationality on the trigger's own
  // noun, or on the weapon that carries it, names the side that struck; only an agent named with
  // "من قبل" or the two sides of "بين X وY" say more.
  const national = marked ? null : qualifyingNationality(ctx, trig);
  if (national && national.key !== a1?.value.key) {
    const actor2 = a2 && a2.value.key !== national.key ? filler(a2) : null;
    const actor1 = { key: national.key, span: [toks[national.first]!.start, toks[national.last]!.end] as const, phrase: "", air: airNear };
    return { actor1, actor2, actor1Named: true, rules: [...rules, "actor1:nationality-of-trigger"] };
  }
  const actor2 = a2 ? filler(a2) : null;
  if (a1) return { actor1: filler(a1), actor2, actor1Named: true, rules, within: a1 === within && a2 === within };
  // With no actor named, an adjective a few words after the trigger still tells whose the strike
  // was ("القصف المكثف الروسي", "غارات يعتقد أنها روسية").
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
  // "أعلن الجيش السوري سيطرته على …", "قال قيادي في الفصيل إن مقاتليه صدوا …": with no other actor,
  // the speaker, or the side the speaker belongs to, reports its own action.
  const speaker = ctx.actors.find((a) => a.value.key !== "CIVILIANS" && speaking(a) && a.last < trig.first)
    ?? armed.find((a) => ofSpeaker(a) && !isTarget(a));
  if (speaker) return { actor1: { ...filler(speaker), air: false }, actor2, actor1Named: false, rules: [...rules, "actor1:speaker"] };
  const prev = memory.lastActor1.get(family);
  // "سيطرت الفصائل على التلة. وتستمر المعارك العنيفة مع الفصائل في محيطها": the side an earlier
  // sentence made the actor, named again in this battle's clause, is no guide to who acts here. The
  // clause names one side: that side is coded, and the coding policy gives it its opponent.
  if (prev && actor2 && prev.key === actor2.key && family === "Battles") return { actor1: actor2, actor2: null, actor1Named: false, rules: [...rules, "actor1:named-side-not-lent"] };
  if (prev) return { actor1: prev, actor2, actor1Named: false, rules: [...rules, "actor1:previous-sentence"] };
  return { actor1: null, actor2, actor1Named: false, rules };
}

/**
 * "بين فصائل الجيش الوطني", "بين فصيلين تابعين للجيش الوطني", "بين فصيلي “لواء X” و“فرقة Y”": "بين"
 * within seven words after the trigger, a word of several groups (فصائل، فصيلين، مجموعات) right
 * after it, and every side named in the next ten words one and the same: its first naming, else
 * undefined.
 */
function groupsOfOneSide(ctx: SentenceContext, trig: TriggerAnnotation, armed: readonly ActorAnnotation[]): ActorAnnotation | undefined {
  const toks = ctx.s.sentence.tokens;
  const is = (k: number, set: ReadonlySet<string>): boolean => toks[k]!.forms.some((f) => set.has(f));
  for (let k = trig.last + 1; k < toks.length && k <= trig.last + 7; k++) {
    if (!is(k, ctx.roles.pair)) continue;
    let g = k + 1;
    while (g < toks.length && toks[g]!.kind === "punct" && /["'()«»“”]/.test(toks[g]!.text)) g++;
    if (g >= toks.length || !is(g, ctx.roles.groupsOfSide)) return undefined;
    const near = armed.filter((a) => a.last >= g && a.first <= k + 10);
    // "بين فصيلي “لواء X” و“فرقة Y”": "two factions" makes them one kind, so a unit of unknown side
    // (OTHER) beside a listed one is of the listed one's side.
    const listed = is(g, ctx.roles.twoGroups) ? near.filter((a) => a.value.key !== UNLISTED_GROUP) : [];
    const named = listed.length ? listed : near;
    if (!named.length || !named.every((a) => a.value.key === named[0]!.value.key)) return undefined;
    // "بين مجموعات من أبناء المنطقة وعشائر X": a side named only after و may face an unnamed first
    // one; only "two factions" (فصيلي، فصيلين) says both are of one kind.
    let joined = false;
    for (let j = g + 1; j <= named[0]!.first; j++) if (toks[j]!.conj && toks[j]!.text.startsWith(AND)) joined = true;
    return !joined || is(g, ctx.roles.twoGroups) ? named[0] : undefined;
  }
  return undefined;
}

/**
 * `b` is joined to `a` by "و": right after it ("بين قوات النظام وقسد"), or past quote marks and one
 * word that qualifies `a` ("بين “الجيش الوطني” السوري و”وحدات حماية الشعب”"), the "و" written on
 * `b` or standing alone before a quote.
 */
function joinedTo(toks: readonly Token[], a: ActorAnnotation, b: ActorAnnotation): boolean {
  if (b.first <= a.last) return false;
  let words = 0;
  let and = false;
  for (let k = a.last + 1; k < b.first; k++) {
    const t = toks[k]!;
    if (t.kind === "punct") {
      if (/["'()«»“”]/.test(t.text)) continue;
      return false;
    }
    if (t.text === AND && !and) {
      and = true;
      continue;
    }
    if (and || ++words > 1) return false;
  }
  return and || toks[b.first]!.conj;
}

/** A word of two groups of one side ("فصيلي", "فصيلين") stands right before the actor, past quote marks. */
function twoGroupsBefore(ctx: SentenceContext, a: ActorAnnotation): boolean {
  const toks = ctx.s.sentence.tokens;
  let k = a.first - 1;
  while (k >= 0 && toks[k]!.kind === "punct" && /["'()«»“”]/.test(toks[k]!.text)) k--;
  return k >= 0 && toks[k]!.forms.some((f) => ctx.roles.twoGroups.has(f));
}

/** A generic actor ("مجموعات إرهابية") followed closely by a named one ("تتبع لجبهة النصرة") is the named one. */
function specific(a: ActorAnnotation, actors: readonly ActorAnnotation[]): ActorAnnotation {
  if (!a.value.generic) return a;
  return actors.find((b) => !b.value.generic && b.first > a.last && b.first - a.last <= 5) ?? a;
}

/** The speaker phrase whose reported clause holds the trigger: the last one that opens before it. */
function reportingPhrase(phrases: readonly SpeakerPhrase[], trig: TriggerAnnotation): SpeakerPhrase | undefined {
  let found: SpeakerPhrase | undefined;
  for (const p of phrases) {
    if (p.opens >= trig.first) break;
    found = p;
  }
  return found;
}

/** Weapon words a nationality adjective may stand behind ("غارة جوية روسية", "قصف مدفعي صاروخي تركي"). */
const WEAPON_CUES: ReadonlySet<string> = new Set(["air", "artillery", "missile", "explosive"]);

/**
 * The nationality adjective that qualifies a trigger: right after its noun or after the weapon words
 * that follow it ("القصف الروسي", "ضربة طيران أميركية", "قصفت طائرات مسيرة إسرائيلية"), or closing
 * the weapon phrase that is the subject before a verb ("مروحية روسية قصفت"). An adjective
 * after any other word qualifies that word ("غارات على مواقع تركية": the positions are Turkish).
 */
function qualifyingNationality(ctx: SentenceContext, trig: TriggerAnnotation): { key: string; first: number; last: number } | null {
  const toks = ctx.s.sentence.tokens;
  const cues = ofKind(ctx.s, "cue").filter((c) => WEAPON_CUES.has(c.value.cue));
  const weapon = (k: number): boolean => cues.some((c) => c.first <= k && k <= c.last);
  for (let k = trig.last + 1; k < toks.length && k <= trig.last + 4 && toks[k]!.kind === "word"; k++) {
    const key = nationalityOf(toks[k]!.forms, ctx.roles.nationality);
    if (key) return { key, first: trig.first, last: k };
    if (!weapon(k)) break;
  }
  const k = trig.first - 1;
  const key = k >= 1 && toks[k]!.kind === "word" ? nationalityOf(toks[k]!.forms, ctx.roles.nationality) : undefined;
  if (key && weapon(k - 1)) {
    let first = k - 1;
    while (first > 0 && first > k - 4 && weapon(first - 1)) first--;
    return { key, first, last: trig.last };
  }
  return null;
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
