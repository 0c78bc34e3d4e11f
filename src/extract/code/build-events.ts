import { FormSet, formSetOf } from "../../text/form-set.ts";
import type { Token } from "../../text/tokenize.ts";
import { AND } from "../../text/word-forms.ts";
import { eventTypeOf, type EventType, type SubEventType } from "../../model/conflict-event.ts";
import { ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import type { EventDraft } from "./event-draft.ts";
import type { PlaceMention } from "../read/place-mention.ts";
import { applyCodingPolicy } from "./policy/apply-coding-policy.ts";
import type { CodingFacts } from "./policy/coding.ts";
import type { Theatre } from "./policy/theatre.ts";
import { readCasualties, type CasualtyReading } from "../read/read-casualties.ts";
import type { DateReading } from "../read/read-date.ts";
import type { RoleRules } from "../read/role-rules.ts";
import { findTriggerCandidates, isCancelled } from "./find-trigger-candidates.ts";
import { choosePlaces, placesInScope } from "./places-in-scope.ts";
import { readRoles, type RoleFiller } from "./read-roles.ts";
import { speakerPhrases } from "./reported-speech.ts";
import { readSubEventType } from "./read-sub-event-type.ts";
import { clauseOf, namedAsBacker, type ActorAnnotation, type SentenceContext, type TriggerAnnotation } from "./sentence-context.ts";
import type { AnnotationOfKind } from "../annotate/annotation.ts";
import { draftAtPlace, type TriggerCoding } from "./draft-at-place.ts";

/** What earlier sentences of the article established. Replaced, never edited, sentence by sentence. */
export interface DiscourseState {
  readonly lastActor1: ReadonlyMap<string, RoleFiller>;
  readonly lastPlaces: readonly PlaceMention[];
  /**
   * The sub-event types of the events told in the sentence that named `lastPlaces` (empty when it
   * told none): a later sentence's event takes those places only when it is of one of these types.
   */
  readonly lastPlacesSubs: ReadonlySet<SubEventType>;
  /** Of `lastPlaces`, the sub-event types of the events coded at each (by place key); a place with none is absent. */
  readonly lastPlaceSubs?: ReadonlyMap<string, ReadonlySet<SubEventType>>;
  /** The type of the last violent event told (see TOLD_AGAIN_TYPES), lent to a generic trigger ("استهدفت"). */
  readonly lastSub: SubEventType | null;
  /** Events of the earlier sentences, the latest first (a sentence adds its own without copying the others'). */
  readonly told: ToldEvents | null;
  /** Armed sides the earlier sentences named as parties to a battle, the latest first. */
  readonly battleSides: readonly string[];
}

/**
 * The drafts of earlier sentences as a list shared from one state to the next: the state after a
 * sentence puts that sentence's drafts in front of the earlier ones' list, so an article of n
 * sentences builds it in O(n) instead of copying every earlier draft at every sentence.
 */
export interface ToldEvents {
  readonly draft: EventDraft;
  readonly earlier: ToldEvents | null;
}

const NO_SUBS: ReadonlySet<SubEventType> = new Set();
export const EMPTY_DISCOURSE: DiscourseState = { lastActor1: new Map(), lastPlaces: [], lastPlacesSubs: NO_SUBS, lastSub: null, told: null, battleSides: [] };

export interface SentenceInput {
  readonly s: AnnotatedSentence;
  readonly places: readonly PlaceMention[];
  readonly date: DateReading | null;
  readonly source: string | null;
  readonly roles: RoleRules;
  readonly theatre: Theatre;
  readonly inter: ReadonlyMap<string, string>;
}

/**
 * Stage: the events of one sentence, one per trigger × place. For each trigger: its sub-event type
 * from the cues around it, the actors by role, the coding policy (a table of named rules with the
 * theatre's defaults), then the places in scope. Returns the drafts and the discourse state after
 * this sentence.
 */
export function buildEvents(input: SentenceInput, state: DiscourseState): { drafts: EventDraft[]; state: DiscourseState } {
  const { s, roles } = input;
  const toks = s.sentence.tokens;
  const cas = readCasualties(s, input.roles);
  const { candidates, strong } = findTriggerCandidates(s, cas, roles.tollWords, roles.coincidence, roles.armedVictimNouns, roles.superlatives);
  const targets = input.places.filter((p) => p.role === "target");
  const lastPlaces = targets.length ? targets : state.lastPlaces;
  if (!candidates.length) return { drafts: [], state: { ...state, lastPlaces, lastPlacesSubs: targets.length ? NO_SUBS : state.lastPlacesSubs, lastPlaceSubs: targets.length ? undefined : state.lastPlaceSubs } };
  const clauseBreaks = formSetOf(roles.clauseBreaks);
  const breaks: number[] = [];
  for (let i = 1; i < toks.length; i++) if (clauseBreaks.has(toks[i]!)) breaks.push(i);
  const actors = ofKind(s, "actor") as ActorAnnotation[];
  const attributionEnds = new Set(ofKind(s, "attribution").map((a) => a.last));
  const lastCivilianStart = Math.max(-1, ...ofKind(s, "civilian").map((a) => a.first));
  const speakers = speakerPhrases(s, candidates, roles);
  const ctx: SentenceContext = { s, places: input.places, roles, casualties: cas, candidates, strong, actors, breaks, attributionEnds, speakers, lastCivilianStart };
  const cues = ofKind(s, "cue");
  const protesters = cues.some((c) => c.value.cue === "protesters");
  const civilians = ofKind(s, "civilian");
  // Facts of the whole sentence, the same for each of its triggers.
  const armed = actors.filter((a) => a.value.key !== "CIVILIANS" && !namedAsBacker(ctx, a));
  const infightingWords = formSetOf(roles.infightingWords);
  const infighting = toks.some((t) => infightingWords.has(t));
  const drafts: EventDraft[] = [];
  const claimed = new Map<PlaceMention, EventType>();
  let sentenceActor1: RoleFiller | null = null;
  // The sides of the last event of each type coded in this sentence from sides its clause named,
  // lent to a later trigger of that type whose clause names no side at all.
  const sentenceSides = new Map<EventType, SidesOfEvent>();
  let lastSub = state.lastSub;

  // "قتل ثلاثة جنود بانفجار عبوة": victims named as fighters or soldiers, of whatever side.
  const armedVictimNouns = formSetOf(roles.armedVictimNouns);
  const armedVictims = toks.some((t) => armedVictimNouns.has(t));
  const spread = hasPhrase(toks, roles.spreadPhrases);
  const sentence: SentenceFacts = { ctx, cues, civilians, armed, armedVictims, armedVictimNouns, infighting, spread, protesters, interOf: (key) => input.inter.get(key) };
  for (const trig of candidates) {
    if (isCancelled(s, trig)) continue;
    const t = codeTrigger(input, state, sentence, trig, claimed, sentenceActor1, sentenceSides);
    if (!t) continue;
    sentenceActor1 = t.sentenceActor1;
    // Only sides the clause named (not lent from an earlier sentence) are lent on.
    if (t.coding.actor1 && (t.roleRead.actor1Named || t.roleRead.actor2)) sentenceSides.set(t.family, { actor1: t.coding.actor1, actor2: t.coding.actor2 });
    const split = t.multi && !spread ? tollsByPlace(ctx, t.trig, t.chosen) : null;
    for (const place of t.chosen) drafts.push(draftAtPlace(input, state, split ? { ...t, own: split.get(place)!, multi: false } : t, place, drafts));
  }
  // Remember the actors, the last type and the events for the next sentences.
  let told = state.told;
  // Copied once for a sentence that names an actor, never edited in place: earlier states keep theirs.
  let lastActor1: Map<string, RoleFiller> | null = null;
  for (const d of drafts) {
    const p = d.provenance.find((x) => x.field === "actor1");
    if (d.actor1 && p?.span) (lastActor1 ??= new Map(state.lastActor1)).set(eventTypeOf(d.sub), { key: d.actor1, span: p.span, phrase: p.entry ?? "", air: d.sub === "Air/drone strike" });
    lastSub = toldAgainType(d.sub);
    told = { draft: d, earlier: told };
  }
  const lastPlacesSubs = targets.length ? new Set(drafts.map((d) => d.sub)) : state.lastPlacesSubs;
  let lastPlaceSubs = state.lastPlaceSubs;
  if (targets.length) {
    const bySub = new Map<string, Set<SubEventType>>();
    for (const d of drafts) if (d.place.key) (bySub.get(d.place.key) ?? bySub.set(d.place.key, new Set()).get(d.place.key)!).add(d.sub);
    lastPlaceSubs = bySub;
  }
  return { drafts, state: { lastActor1: lastActor1 ?? state.lastActor1, lastSub, told, lastPlaces, lastPlacesSubs, lastPlaceSubs, battleSides: battleSidesAfter(state.battleSides, drafts) } };
}

/** Whether a place is a region or governorate that holds a finer place of the same list (its governorate the same). */
function containsAnother(p: PlaceMention, places: readonly PlaceMention[]): boolean {
  return p.precision > 1 && p.admin1 !== null && places.some((q) => q !== p && q.precision < p.precision && q.admin1 === p.admin1);
}

/** Facts of the whole sentence, the same for each of its triggers. */
interface SentenceFacts {
  readonly ctx: SentenceContext;
  readonly cues: readonly AnnotationOfKind<"cue">[];
  readonly civilians: readonly AnnotationOfKind<"civilian">[];
  readonly armed: readonly ActorAnnotation[];
  /** A noun of fighters, soldiers or police stands in the sentence ("جنود", "عناصر"). */
  readonly armedVictims: boolean;
  readonly armedVictimNouns: FormSet;
  readonly infighting: boolean;
  /** The sentence tells of attacks spread over places it does not list ("مناطق متفرقة", "سلسلة تفجيرات"). */
  readonly spread: boolean;
  readonly protesters: boolean;
  readonly interOf: (key: string) => string | undefined;
}

/** A coded trigger: what its drafts share, the places it is coded at, and the sentence's actor after it. */
interface CodedTrigger extends TriggerCoding {
  readonly chosen: readonly PlaceMention[];
  readonly sentenceActor1: RoleFiller | null;
}

/**
 * One trigger of the sentence: its sub-event type, roles, coding and places; null when the coding
 * policy drops it. Kept apart from buildEvents, as is draftAtPlace, so each is a function of its own
 * size: the engine optimises a function once it has run a number of times that grows with its
 * length, so one long function reaches optimised code later than the same work in a few shorter
 * ones.
 */
/** The two sides an event of the sentence was coded with. */
interface SidesOfEvent {
  readonly actor1: string;
  readonly actor2: string | null;
}

function codeTrigger(input: SentenceInput, state: DiscourseState, sentence: SentenceFacts, trig: TriggerAnnotation, claimed: Map<PlaceMention, EventType>, sentenceActor1: RoleFiller | null, sentenceSides: ReadonlyMap<EventType, SidesOfEvent>): CodedTrigger | null {
  const { s, roles } = input;
  const { ctx, cues, civilians, armed } = sentence;
  const toks = s.sentence.tokens;
  const cas = ctx.casualties;
  const candidates = ctx.candidates;
  const entry = trig.value.entry;
  const typed = readSubEventType(ctx, trig, state.lastSub);
  const airNear = cues.some((c) => c.value.cue === "air" && Math.abs(c.first - trig.first) <= 4);
  const roleRead = readRoles(ctx, trig, eventTypeOf(typed.sub), airNear, { sentenceActor1, lastActor1: state.lastActor1 });
  const a1 = roleRead.actor1;
  // "هاجمت عناصر من التنظيم قرية …": the verb's subject after it, members of the side named, is not
  // its object; the object is read past it.
  const objectFrom = objectAfterSubject(toks, trig, roleRead.actor1Named ? a1?.span ?? null : null);
  const sameSides = !roleRead.actor1Named && !roleRead.actor2 ? sentenceSides.get(eventTypeOf(typed.sub)) : undefined;
  const facts: CodingFacts = {
    triggerSub: entry.sub_event_type as SubEventType,
    withAir: (entry.with_air as SubEventType | undefined) ?? null,
    byAirForce: (entry.by_air_force as SubEventType | undefined) ?? null,
    airForceOnly: entry.air_force_only,
    actor1InClause: roleRead.actor1Named || roleRead.rules.includes("actor1:nationality-adjective"),
    casualtyOnly: entry.casualty,
    raidBySubject: entry.sub_event_type === "Air/drone strike" && roleRead.actor1Named && !!a1?.span && raidedBy(toks, trig, a1.span),
    territorial: entry.territory,
    partialObject: entry.territory && partialObject(ctx, cues, trig),
    weak: entry.weak,
    victimImplied: entry.victim_implied,
    cueTyped: typed.cueTyped,
    artilleryNear: typed.artilleryNear,
    airCueAround: cues.some((c) => c.value.cue === "air" && (c.last < trig.first || c.first > trig.last) && Math.abs(c.first - trig.first) <= 8),
    infighting: sentence.infighting || roleRead.within === true || (a1 !== null && twoNamesOfOneSide(toks, armed, a1.key)),
    protesters: sentence.protesters,
    civilianCasualties: cas.civilians,
    tollCounted: ((cas.killed ?? 0) > 0 || (cas.injured ?? 0) > 0 || (cas.casualties ?? 0) > 0) && !sentence.armedVictims,
    armedVictims: sentence.armedVictims,
    militarySiteObject: cues.some((c) => c.value.cue === "military_site" && c.first > trig.last && c.first - trig.last <= 8 && c.first < clauseOf(ctx, trig).end),
    civilianObject: civilians.some((a) => a.first >= objectFrom && a.first - objectFrom < 6),
    attackTrigger: roles.attackPhrases.has(trig.phrase),
    armedObject: armedObjectAfter(ctx, trig, sentence.armedVictimNouns, objectFrom),
    civilianAfterTrigger: civilians.some((a) => a.first > trig.last),
    // The nearest other side of the sentence, else, for a clash, the last side an earlier sentence named in a battle
    // ("هاجم التنظيم سجناً تحرسه قسد … واستمرت الاشتباكات مع التنظيم": the prison's guards, not the
    // theatre's usual opponent).
    otherArmedSide: a1 ? (armed.filter((a) => a.value.key !== a1.key && !a.value.generic).sort((x, y) => Math.abs(x.first - trig.first) - Math.abs(y.first - trig.first))[0]?.value.key ?? (typed.sub === "Armed clash" ? state.battleSides.find((k) => k !== a1.key) : undefined) ?? null) : null,
    withdrawalUnderAttack: entry.sub_event_type === "Non-violent transfer of territory" && underAttack(ctx, trig, roles.causeMarkers),
    interOf: sentence.interOf,
  };
  const coding = applyCodingPolicy(
    // "اشتباكات بين الفصائل وقوات النظام في X، ومعارك عنيفة في Y": a trigger whose clause names no
    // side tells more of the event of its type just told in this sentence, between the same sides.
    sameSides
      ? { sub: typed.sub, actor1: sameSides.actor1, actor2: sameSides.actor2, actor1Air: false, rules: ["actors:same-sentence-event"] }
      : { sub: typed.sub, actor1: a1?.key ?? null, actor2: roleRead.actor2?.key ?? null, actor1Air: a1?.air ?? false, rules: [] },
    { facts, theatre: input.theatre },
  );
  if (!coding) return null;
  const family = eventTypeOf(coding.sub);
  const actor1After = roleRead.actor1Named && a1 && coding.actor1 ? { key: coding.actor1, span: a1.span, phrase: a1.phrase, air: false } : sentenceActor1;

  const scope = placesInScope(ctx, trig, family, claimed, carriedPlaces(state, coding.sub));
  // "قصفت X ما أدى لمقتل امرأة، كما شنت غارات على Y ما أسفر عن مقتل اثنين": each event counts the
  // figures of its own stretch of the sentence, from its trigger to the next one that names a place.
  const nextPlaced = candidates.find((t) => opensPlacedClause(input.places, t, trig));
  const opensOwn = candidates.some((t) => t !== trig && opensPlacedClause(input.places, trig, t));
  let chosen = choosePlaces(scope.places);
  const own = nextPlaced || opensOwn ? readCasualties(s, roles, opensOwn ? trig.first : 0, nextPlaced?.first ?? Infinity) : tollFirstStretch(ctx, trig, chosen, claimed) ?? cas;
  // "سيرت القوات دورية من X إلى Y": a route is coded at its start.
  if (entry.route && chosen.length > 1) chosen = [...chosen].sort((a, b) => a.first - b.first).slice(0, 1);
  // "سيطرت الفصائل على مقرات في مدينة X، واعتقلت 15 عنصراً": a verb opening a clause with و after a
  // comma, with no place of its own, shares its subject's stage, the places the sentence's earlier
  // events took (a noun joined by و, "واقتحام مبنى", does not: it may be what the first event did).
  let coordinated = false;
  if (!chosen.length && entry.pos === "verb" && !entry.casualty && toks[trig.first]!.conj && toks[trig.first - 1]?.text === ",") {
    const before: PlaceMention[] = [];
    for (const p of claimed.keys()) if (p.rule !== "place:none" && p.last < trig.first) before.push(p);
    chosen = choosePlaces(before);
    coordinated = chosen.length > 0;
  }
  const placeRule = coordinated ? "place:coordinated-verb" : chosen.length ? scope.rule : "place:none";
  if (!chosen.length) {
    // No place in reach: kept aside with an unknown location; used only when the article names no place at all.
    chosen = [{ first: trig.first, last: trig.last, nameStart: toks[trig.first]!.start, nameEnd: toks[trig.first]!.start, key: "", entry: null, precision: 3, role: "target", admin1: null, rule: "place:none", list: -1 }];
  }
  for (const p of chosen) claimed.set(p, family);
  // "قتل 50 شخصاً في سلسلة تفجيرات استهدفت مناطق متفرقة من المحافظة": a toll over scattered places
  // is their total, given to none (GUIDELINES), even where one place is named. A region named
  // around a town of it ("في مخيم X وسط القطاع") is where the town lies, not a second place.
  const localities = chosen.filter((p) => !containsAnother(p, chosen));
  return { trig, typed, roleRead, coding, family, own, placeRule, multi: localities.length > 1 || sentence.spread, chosen, sentenceActor1: actor1After };
}

/**
 * "قتل مدنيان بقصف على X، وقتل طفل بقصف على Y": in a sentence that gives each toll before its strike,
 * an event counts the figures from the end of the place the last event took to the end of its own
 * place (the last event, to the end of the sentence). Null when the sentence does not open with a
 * toll or tells one place only.
 */
/**
 * "أسفرت الغارات عن مقتل أربعة مدنيين في X، وإصابة آخرين في Y": a sentence that gives each of the
 * trigger's places its own toll, told before the place, splits the figures: each place counts those
 * from the end of the place before it (the trigger, for the first) to its own name. Null when the
 * tolls do not split so (a toll after the last place, or fewer than two places with a toll of their
 * own): the figures then stay the total of all (GUIDELINES).
 */
function tollsByPlace(ctx: SentenceContext, trig: TriggerAnnotation, chosen: readonly PlaceMention[]): Map<PlaceMention, CasualtyReading> | null {
  const places = [...chosen].sort((a, b) => a.first - b.first);
  const spans = ctx.casualties.spans;
  const last = places[places.length - 1]!;
  if (places.length < 2 || places[0]!.first <= trig.last || spans.some((c) => c.first > last.last)) return null;
  const out = new Map<PlaceMention, CasualtyReading>();
  let from = trig.last + 1;
  let tolled = 0;
  for (const p of places) {
    const reading = readCasualties(ctx.s, ctx.roles, from, p.first);
    if (reading.spans.length) tolled++;
    out.set(p, reading);
    from = p.last + 1;
  }
  return tolled >= 2 ? out : null;
}

function tollFirstStretch(ctx: SentenceContext, trig: TriggerAnnotation, chosen: readonly PlaceMention[], claimed: ReadonlyMap<PlaceMention, EventType>): CasualtyReading | null {
  const first = ctx.candidates[0];
  if (!first || !chosen.length || !ctx.casualties.spans.some((c) => c.last < first.first)) return null;
  const others = [...claimed.keys()].filter((p) => !chosen.includes(p));
  const before = others.filter((p) => p.last < trig.first);
  const after = ctx.candidates.some((t) => t.first > trig.last) && ctx.places.some((p) => p.role === "target" && p.first > Math.max(...chosen.map((c) => c.last)) && !chosen.some((c) => c.key === p.key));
  if (!before.length && !after) return null;
  const from = before.length ? Math.max(...before.map((p) => p.last)) + 1 : 0;
  const to = after ? Math.max(trig.last, ...chosen.map((p) => p.last)) + 1 : Infinity;
  return readCasualties(ctx.s, ctx.roles, from, to);
}

/**
 * "اغتال ملثمون ضابطاً في الشرطة أمام منزله": a noun of fighters or members, not part of
 * an actor's name, within a few words after the trigger and before any place is the victim.
 */
/**
 * The first token of a trigger's object: right after the trigger, or past its subject when the subject
 * follows it closely ("هاجمت عناصر من تنظيم داعش قرية …", "هاجمت قوات الدعم السريع مخيماً").
 */
function objectAfterSubject(toks: readonly Token[], trig: TriggerAnnotation, subjectChars: readonly [number, number] | null): number {
  if (!subjectChars) return trig.last + 1;
  const inSubject = toks.flatMap((t, k) => (t.start >= subjectChars[0] && t.end <= subjectChars[1] ? [k] : []));
  const first = inSubject[0];
  if (first === undefined || first <= trig.last || first - trig.last > 4) return trig.last + 1;
  return inSubject[inSubject.length - 1]! + 1;
}

function armedObjectAfter(ctx: SentenceContext, trig: TriggerAnnotation, nouns: FormSet, from: number): boolean {
  const toks = ctx.s.sentence.tokens;
  const end = Math.min(toks.length, Math.max(trig.last + 9, from + 4), ...ctx.places.filter((p) => p.first > trig.last).map((p) => p.first));
  for (let k = from; k < end; k++) {
    if (nouns.has(toks[k]!) && !ctx.actors.some((a) => a.first <= k && k <= a.last)) return true;
  }
  return false;
}

/**
 * "انسحبت القوات من الحاجز بعد تعرضه لقصف بقذائف الهاون", "على خلفية هجوم المقاتلين": the trigger
 * after a withdrawal, in its clause, names fighting or remote violence (not a death alone, not another
 * withdrawal or capture) and a cause word stands a few words before it. A withdrawal from an area
 * "that sees clashes", or "for fear of attacks", is still a withdrawal.
 */
function underAttack(ctx: SentenceContext, trig: TriggerAnnotation, causeMarkers: ReadonlySet<string>): boolean {
  const next = ctx.candidates.find((t) => t.first > trig.last);
  if (!next || next.first >= clauseOf(ctx, trig).end) return false;
  const e = next.value.entry;
  const family = eventTypeOf(e.sub_event_type as SubEventType);
  if (e.casualty || e.territory || (family !== "Battles" && family !== "Explosions/Remote violence")) return false;
  const toks = ctx.s.sentence.tokens;
  const cause = formSetOf(causeMarkers);
  // "بعد تعرضها للقصف": the cause word, then at most one word, then the trigger.
  for (let k = next.first; k >= Math.max(trig.last + 1, next.first - 2); k--) {
    if (k < next.first && toks[k]!.kind === "punct") return false;
    if (cause.has(toks[k]!)) return true;
  }
  return false;
}

/**
 * The raid's actor is the subject of its own clause: the trigger is a verb ("أغار مقاتلو الفصائل"),
 * or the noun follows the actor directly ("شن مقاتلو الفصائل غارة"). An actor further before a
 * noun is often the speaker's side ("قالت قناة تابعة للجماعة، إن الغارات …"), not the raider.
 */
function raidedBy(toks: AnnotatedSentence["sentence"]["tokens"], trig: TriggerAnnotation, span: readonly [number, number]): boolean {
  if (trig.value.entry.pos === "verb") return true;
  const before = toks[trig.first - 1];
  return !!before && before.end === span[1];
}

/**
 * A capture's object is a part of a place: a partial cue between the trigger and the first place
 * after it, a few words on ("سيطرت الفصائل على أجزاء واسعة من بلدة X", "على عدة نقاط في محيط Y").
 */
function partialObject(ctx: SentenceContext, cues: readonly AnnotationOfKind<"cue">[], trig: TriggerAnnotation): boolean {
  const place = ctx.places.find((p) => p.first > trig.last);
  const end = Math.min(place ? place.first : Infinity, trig.last + 8);
  return cues.some((c) => c.value.cue === "partial" && c.first > trig.last && c.first < end);
}

/**
 * The type a generic trigger ("استهدفت", "الهجوم", "التفجير") takes after an event of type `sub`, or
 * null when it keeps its own. Such a trigger names violence done: after a capture it is the fighting
 * ("سيطرت الفصائل على قرية X، واستهدفت حاجزاً قربها" is no second capture); after a strategic
 * development (an arrest, reinforcements, an interception) it keeps its own type ("أسقطت الدفاعات الجوية صواريخ …،
 * وتكثفت الهجمات": the attacks are no interception).
 */
function toldAgainType(sub: SubEventType): SubEventType | null {
  const family = eventTypeOf(sub);
  if (family === "Battles") return "Armed clash";
  return family === "Strategic developments" ? null : sub;
}

/**
 * The places of an earlier sentence an event may take when its own sentence names none: only those
 * of a sentence that told an event of the same type ("قصفت قوات النظام قرية الفطيرة. وفي سياق آخر،
 * اندلعت اشتباكات عنيفة." places no clash at الفطيرة), or of one that named places and told nothing
 * ("وفي ريف إدلب الجنوبي: …" sets the scene for what follows).
 */
function carriedPlaces(state: DiscourseState, sub: SubEventType): readonly PlaceMention[] {
  if (!(state.lastPlacesSubs.size === 0 || state.lastPlacesSubs.has(sub))) return [];
  // "وقعت تفجيرات في مدينة X، بالتزامن مع هجوم على قرى Y وZ. ونفذ المهاجمون التفجيرات …": an event
  // told again takes the places its type was coded at, not those of the other happening told beside it.
  const bySub = state.lastPlaceSubs;
  if (!bySub || state.lastPlacesSubs.size === 0) return state.lastPlaces;
  const own = state.lastPlaces.filter((p) => bySub.get(p.key)?.has(sub) ?? true);
  return own.length ? own : state.lastPlaces;
}

/** Trigger `t`, a verb after `after`, opens a clause of its own: a place follows it, and another lies between the two. */
function opensPlacedClause(places: readonly PlaceMention[], t: TriggerAnnotation, after: TriggerAnnotation): boolean {
  return t.first > after.last && t.value.entry.pos === "verb" && t.value.entry.id !== after.value.entry.id &&
    places.some((p) => p.first > t.last && p.role === "target") && places.some((p) => p.first > after.last && p.last < t.first && p.role === "target");
}

/** Sides that are no one's opponent in a battle. */
const NOT_A_SIDE: ReadonlySet<string> = new Set(["CIVILIANS", "UNKNOWN"]);

/**
 * The battle sides after a sentence: the sides its battles name (an actor1 with words behind it, an
 * actor2 marked as the target), the latest first, before the earlier ones.
 */
function battleSidesAfter(earlier: readonly string[], drafts: readonly EventDraft[]): readonly string[] {
  const named: string[] = [];
  for (const d of drafts) {
    if (eventTypeOf(d.sub) !== "Battles") continue;
    const p1 = d.provenance.find((x) => x.field === "actor1");
    const p2 = d.provenance.find((x) => x.field === "actor2");
    if (d.actor2 && p2?.rule === "actors:target-marker" && !NOT_A_SIDE.has(d.actor2)) named.push(d.actor2);
    if (d.actor1 && p1?.span && !NOT_A_SIDE.has(d.actor1)) named.push(d.actor1);
  }
  if (!named.length) return earlier;
  const out: string[] = [];
  for (const k of [...named.reverse(), ...earlier]) if (!out.includes(k)) out.push(k);
  return out;
}

/** A phrase of the set (normalised words joined by spaces) stands in the tokens, word after word. */
function hasPhrase(toks: AnnotatedSentence["sentence"]["tokens"], phrases: ReadonlySet<string>): boolean {
  if (!phrases.size) return false;
  const openers = openersOf(phrases);
  for (let i = 0; i < toks.length; i++) {
    // Most tokens open no phrase: one memo read each, instead of a string built for every pair of forms.
    if (!openers.has(toks[i]!)) continue;
    for (const a of toks[i]!.forms) {
      if (phrases.has(a)) return true;
      const next = toks[i + 1];
      if (next) for (const b of next.forms) if (phrases.has(`${a} ${b}`)) return true;
    }
  }
  return false;
}

const openers = new WeakMap<ReadonlySet<string>, FormSet>();

/** The first words of a set's phrases (built once per set), asked of a token through its forms. */
function openersOf(phrases: ReadonlySet<string>): FormSet {
  let known = openers.get(phrases);
  if (!known) openers.set(phrases, (known = new FormSet(new Set([...phrases].map((p) => p.split(" ")[0]!)))));
  return known;
}

/**
 * "اشتباكات بين «جيش الإسلام» و«جيش الشرقية»": the sentence joins two different names of groups of
 * one side with و and names no other side, so the side fights itself ("تنظيم الدولة (داعش)", two
 * names of one group with no و between them, is not two groups).
 */
function twoNamesOfOneSide(toks: AnnotatedSentence["sentence"]["tokens"], armed: readonly ActorAnnotation[], key: string): boolean {
  const named = armed.filter((a) => !a.value.generic);
  if (named.some((a) => a.value.key !== key)) return false;
  return named.some((b, i) => i > 0 && b.phrase !== named[i - 1]!.phrase && joinedByWa(toks, named[i - 1]!.last, b.first));
}

/** Between the end of one name and the start of the next stand only quotes and a و (alone or on the next name). */
function joinedByWa(toks: AnnotatedSentence["sentence"]["tokens"], end: number, start: number): boolean {
  if (start <= end) return false;
  let wa = toks[start]!.conj && toks[start]!.text.startsWith(AND);
  for (let k = end + 1; k < start; k++) {
    const t = toks[k]!;
    if (t.kind === "punct" && /["'«»“”]/.test(t.text)) continue;
    if (t.text === AND || (t.text.startsWith(AND) && t.kind === "punct")) { wa = true; continue; }
    return false;
  }
  return wa;
}
