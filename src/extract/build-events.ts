import { eventTypeOf, type SubEventType } from "../model/conflict-event.ts";
import type { TriggerEntry } from "../lexicon/trigger-schema.ts";
import type { Annotation } from "./annotation.ts";
import { ofKind, type AnnotatedSentence } from "./annotate-sentence.ts";
import type { EventDraft } from "./event-draft.ts";
import type { PlaceMention } from "./place-mention.ts";
import { readCasualties } from "./read-casualties.ts";
import type { DateReading } from "./read-date.ts";
import type { RoleRules } from "./role-rules.ts";

/** What earlier sentences of the article established (discourse state). */
export interface DiscourseState {
  lastActor1: Map<string, { key: string; span: readonly [number, number]; air: boolean }>;
  lastPlaces: PlaceMention[];
  lastSource: string | null;
  lastSourceParagraph: number;
  lastDate: DateReading | null;
  lastSub: SubEventType | null;
  /** Events of the earlier sentences. */
  drafts: EventDraft[];
}

export interface SentenceInput {
  readonly s: AnnotatedSentence;
  readonly places: readonly PlaceMention[];
  readonly date: DateReading | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly roles: RoleRules;
  readonly inter: ReadonlyMap<string, string>;
}

type Trig = Annotation & { value: { kind: "trigger"; entry: TriggerEntry } };
type ActorAnn = Annotation & { value: { kind: "actor"; key: string; air: boolean; artillery: boolean; generic: boolean } };

/** Stage 4: events of one sentence, one per trigger × place. */
export function buildEvents(input: SentenceInput, state: DiscourseState): EventDraft[] {
  const { s, roles } = input;
  const toks = s.sentence.tokens;
  const span = (first: number, last: number): readonly [number, number] => [toks[first]!.start, toks[last]!.end];
  const triggers = (ofKind(s, "trigger") as Trig[]).filter((t) => !t.value.entry.ignore);
  if (!triggers.length) return [];
  const strong = triggers.filter((t) => !t.value.entry.casualty);
  const actors = ofKind(s, "actor") as ActorAnn[];
  const modality = ofKind(s, "modality");
  const cues = ofKind(s, "cue");
  const drafts: EventDraft[] = [];
  const cas = readCasualties(s, 0, roles.partitive, roles.tollTo);
  const claimed = new Map<PlaceMention, string>();
  let sentenceActor1: { key: string; span: readonly [number, number] } | null = null;

  // Tallies over weeks or months are not one event.
  if (modality.some((m) => m.value.kind === "modality" && m.value.mode === "aggregate")) return [];
  // Clause breaks ("فيما", "بينما"): a trigger's places and subject stay inside its clause.
  const breaks = toks.map((t, i) => (t.forms.some((f) => roles.clauseBreaks.has(f)) ? i : -1)).filter((i) => i > 0);
  // With no other trigger, "قتل" makes an attack when civilians are its victims: "قُتل مدني"
  // (passive) or "قتل مجهولون الشاب" (an armed subject, a civilian object).
  const civilianAfter = (i: number): boolean => s.annotations.some((a) => a.value.kind === "civilian" && a.first > i);
  const pool: Trig[] = strong.length ? strong : triggers.filter((t) => cas.civilians || (actors.some((a) => a.value.key !== "CIVILIANS" && a.first > t.last && a.first - t.last <= 2) && civilianAfter(t.last)));
  // Triggers that give way to a more specific one in the sentence are dropped before roles are read.
  const candidates = pool.filter((trig) => {
    const y = trig.value.entry.yields_to;
    return !(y.length && pool.some((t) => t !== trig && t.value.entry.id !== trig.value.entry.id && y.includes(t.value.entry.sub_event_type)));
  });
  for (const trig of candidates) {
    const entry = trig.value.entry;
    // Threats, plans, denials, hypotheticals before the trigger cancel it.
    const mod = modality.find((m) => m.last < trig.first && trig.first - m.last <= 8);
    if (mod) continue;
    const prefix = toks[trig.first]!.text;
    if (entry.pos === "verb" && /^(س|ست|سي)/.test(prefix) && !entry.forms.some((f) => f.startsWith("س"))) continue;

    // Sub-event type with cues near the trigger.
    let sub = entry.sub_event_type as SubEventType;
    const clauseStart = Math.max(-1, ...breaks.filter((b) => b <= trig.first));
    const clauseEnd = Math.min(toks.length, ...breaks.filter((b) => b > trig.last));
    const near = (c: string, w: number): Annotation | undefined => cues.find((x) => x.value.kind === "cue" && x.value.cue === c && Math.abs(x.first - trig.first) <= w);
    const rules: string[] = [`trigger:${entry.id}`];
    const air = near("air", 6) ?? (actors.find((a) => a.value.air && Math.abs(a.first - trig.first) <= 6) as Annotation | undefined);
    const artillery = near("artillery", 3);
    if (entry.with_air && air && !artillery) {
      sub = entry.with_air as SubEventType;
      rules.push("subtype:air-cue");
    }
    if (entry.with_explosive && near("explosive", 4)) sub = entry.with_explosive as SubEventType;
    if (entry.with_artillery && sub === entry.sub_event_type && near("artillery", 6)) {
      sub = entry.with_artillery as SubEventType;
      rules.push("subtype:artillery-cue");
    }
    let cueTyped = sub !== entry.sub_event_type;
    if (entry.inherits && !cueTyped && state.lastSub) {
      sub = state.lastSub;
      cueTyped = true;
      rules.push("subtype:previous-event");
    }

    // Actors by role.
    const isRepel = toks[trig.first]!.forms.some((f) => roles.repel.has(f)) || roles.repel.has(trig.phrase);
    // Victims: an actor named right after "killed"/"wounded" with no trigger between ("قُتل عدد من الجهاديين").
    const victim = (a: ActorAnn): boolean =>
      cas.spans.some((c) => (c.rule.startsWith("casualties:killed") || c.rule.startsWith("casualties:injured")) && a.first > c.first && a.first - c.last <= 3 && !strong.some((t) => t.first > c.last && t.first < a.first)) &&
      // "قتل مجهولون الشاب …": an actor followed by a civilian object is the killer.
      !(a.value.key !== "CIVILIANS" && civilianAfter(a.last));
    const marked = (a: Annotation, set: ReadonlySet<string>): boolean => {
      // Look back two words, stepping over quotes and brackets ("نفذه تنظيم (داعش)").
      let words = 0;
      let next: string | null = null;
      for (let k = a.first - 1; k >= 0 && words < 2; k--) {
        const t = toks[k]!;
        if (t.kind === "punct") {
          if (/["'()\[\]]/.test(t.text)) continue;
          break;
        }
        if (t.forms.some((f) => set.has(f))) return true;
        // Two-word markers ("على يد", "من قبل").
        if (next && t.forms.some((f) => set.has(`${f} ${next}`))) return true;
        next = t.text;
        words++;
      }
      return false;
    };
    // Before the trigger, "مواقع للجيش السوري قصفت" is the subject: only prepositions mark a target there.
    // An instrument noun ("بالصواريخ") ends its clause: "نقطة للجيش" before it is the object, as after a verb.
    const instrumentNoun = entry.pos === "noun" && toks[trig.first]!.text.startsWith("ب");
    const isTarget = (a: ActorAnn): boolean =>
      entry.sub_event_type !== "Other" && (marked(a, a.first > trig.last || instrumentNoun ? roles.target : roles.targetPrepositions) || victim(a));
    const prevTrig = [...candidates].reverse().find((t) => t.last < trig.first);
    // The actor that speaks ("قالت قسد إن …") is the source of the report, not a party to it.
    const speaking = (a: ActorAnn): boolean => s.annotations.some((c) => c.value.kind === "attribution" && c.last === a.first - 1);
    const armed = actors.filter((a) => a.value.key !== "CIVILIANS" && !speaking(a));
    const after = armed.filter((a) => a.first > trig.last && a.first < clauseEnd);
    const before = armed.filter((a) => a.last < trig.first && a.first > Math.max(prevTrig?.last ?? -1, clauseStart));
    let a1: ActorAnn | undefined;
    let a2: ActorAnn | undefined;
    if (isRepel) {
      const repeller = after.find((a) => a.first - trig.last <= 2) ?? before.filter((a) => !isTarget(a)).pop();
      a1 = after.find((a) => a !== repeller && a.value.key !== repeller?.value.key && a.first - trig.last <= 10);
      a2 = repeller;
      rules.push("actors:repel");
    } else {
      const agent = after.find((a) => marked(a, roles.agent));
      const direct = after.find((a) => a.first - trig.last <= 3 && !isTarget(a));
      const subject = before.find((a) => !isTarget(a));
      // "استهدفت الهيئة بالصواريخ موقعاً …": a trigger noun of instrument (بـ) has its subject before it.
      // "في محاولة من قبل قوات النظام … وسط قصف": an agent named before the trigger.
      const agentBefore = [...before].reverse().find((a) => marked(a, roles.agent));
      a1 = agent ?? agentBefore ?? (instrumentNoun ? subject ?? direct : direct ?? subject);
      a2 = after.find((a) => a !== a1 && isTarget(a) && a.value.key !== a1?.value.key)
        ?? before.find((a) => a !== a1 && isTarget(a) && a.value.key !== a1?.value.key)
        ?? (entry.sub_event_type === "Armed clash" ? after.find((a) => a !== a1 && a.value.key !== a1?.value.key && a.first - trig.last <= 6) : undefined);
      rules.push(agent ? "actors:agent-marker" : direct ? "actors:after-trigger" : subject ? "actors:subject-before" : "actors:none");
    }
    // "بين X وY", "توصلت تركيا وروسيا": two actors joined by و — the first acts, the second is acted upon.
    const pairFirst = armed.find((a) => (marked(a, roles.pair) && a.first > trig.last && a.first - trig.last <= 4) || (entry.sub_event_type === "Agreement" && a === a1));
    const pairSecond = pairFirst && armed.find((b) => b.first === pairFirst.last + 1 && toks[b.first]!.conj);
    if (pairFirst && pairSecond && (marked(pairFirst, roles.pair) || entry.sub_event_type === "Agreement")) {
      a1 = pairFirst;
      a2 = pairSecond;
      rules.push("actors:pair");
    }
    a1 = a1 && specific(a1, armed);
    a2 = a2 && specific(a2, armed);
    const family0 = eventTypeOf(sub);
    let actor1 = a1?.value.key ?? null;
    let actor1Air = a1?.value.air ?? false;
    if (!a1) {
      // "القصف الجوي الروسي", "غارات روسية": the nationality adjective after the trigger names the actor.
      for (let k = trig.last + 1; k <= trig.last + 4 && k < toks.length; k++) {
        const key = toks[k]!.forms.map((f) => roles.nationality.get(f)).find(Boolean);
        if (key) {
          actor1 = key;
          actor1Air = !!near("air", 4);
          rules.push("actor1:nationality-adjective");
          break;
        }
      }
    }
    let actor1Span: readonly [number, number] | null = a1 ? span(a1.first, a1.last) : actor1 ? span(trig.first, Math.min(toks.length - 1, trig.last + 2)) : null;
    if (!actor1 && sentenceActor1) {
      // "شنت الهيئة هجوماً … وسيطرت على …": coordinated verbs share their subject.
      actor1 = sentenceActor1.key;
      actor1Span = sentenceActor1.span;
      rules.push("actor1:same-sentence");
    }
    if (!actor1) {
      // "أعلن الجيش السوري سيطرته على …": with no other actor, the speaker reports its own action.
      const speaker = actors.find((a) => a.value.key !== "CIVILIANS" && speaking(a) && a.last < trig.first);
      if (speaker) {
        actor1 = speaker.value.key;
        actor1Span = span(speaker.first, speaker.last);
        rules.push("actor1:speaker");
      }
    }
    if (!actor1) {
      const prev = state.lastActor1.get(family0);
      if (prev) {
        actor1 = prev.key;
        actor1Span = prev.span;
        actor1Air = prev.air;
        rules.push("actor1:previous-sentence");
      }
    }
    const protesters = cues.some((c) => c.value.kind === "cue" && c.value.cue === "protesters");
    if (protesters && sub === "Attack") {
      sub = "Excessive force against protesters";
      rules.push("subtype:force-on-protesters");
    } else if (protesters && sub === "Armed clash" && !actor1) {
      sub = "Violent demonstration";
      rules.push("subtype:protesters-violence");
    }
    if (entry.with_air && actor1Air && sub !== entry.with_air && !artillery) {
      sub = entry.with_air as SubEventType;
      rules.push("subtype:air-actor");
    }
    if (sub === "Air/drone strike" && actor1 && !actor1Air && input.inter.get(actor1) !== "State forces" && input.inter.get(actor1) !== "External/Other forces" && !cues.some((c) => c.value.kind === "cue" && c.value.cue === "air" && (c.last < trig.first || c.first > trig.last) && Math.abs(c.first - trig.first) <= 8)) {
      // "شن مقاتلون جهاديون غارات": raids by a force without aircraft are ground attacks.
      sub = "Armed clash";
      rules.push("subtype:ground-raid");
    }
    const family = eventTypeOf(sub);
    let actor2 = a2?.value.key ?? null;
    if (!actor2 && cas.civilians && (family === "Explosions/Remote violence" || family === "Violence against civilians")) {
      actor2 = "CIVILIANS";
      rules.push("actor2:civilian-casualties");
    }
    const civilianObject = s.annotations.some((a) => a.value.kind === "civilian" && a.first > trig.last && a.first - trig.last <= 6);
    if (!actor2 && civilianObject && (family === "Violence against civilians" || sub === "Arrests" || sub === "Looting/property destruction")) {
      actor2 = "CIVILIANS";
      rules.push("actor2:civilian-object");
    }
    if (entry.territory) {
      const state1: boolean = actor1 ? input.inter.get(actor1) === "State forces" : false;
      sub = state1 ? "Government regains territory" : "Non-state actor overtakes territory";
      if (!actor1) continue;
      if (!actor2) actor2 = state1 ? "OPPOSITION" : "SYR_GOV";
    }
    if (sub === "Attack" && entry.casualty && !actor2 && civilianAfter(trig.last)) actor2 = "CIVILIANS";
    if (sub === "Attack" && entry.casualty && actor2 !== "CIVILIANS") continue;
    if (sub === "Attack" && actor2 !== "CIVILIANS") {
      // An attack on an armed side is fighting; with no victim named it is not coded.
      if (!actor2) continue;
      sub = "Armed clash";
      rules.push("subtype:armed-target");
    }
    if (sub === "Armed clash" && actor2 === "CIVILIANS") {
      // Violence on civilians with no armed opponent is an attack on civilians.
      sub = "Attack";
      rules.push("subtype:civilian-target");
    }
    if (family === "Battles" && actor1 && !actor2) {
      // The other armed side named in the sentence, else the usual opponent.
      const other = armed.filter((a) => a.value.key !== actor1 && !a.value.generic).sort((x, y) => Math.abs(x.first - trig.first) - Math.abs(y.first - trig.first))[0];
      actor2 = other?.value.key ?? (input.inter.get(actor1) === "State forces" ? "OPPOSITION" : "SYR_GOV");
    }
    if (family === "Battles" && !actor1 && actor2) actor1 = input.inter.get(actor2) === "State forces" ? "OPPOSITION" : "SYR_GOV";
    if (family === "Protests") {
      // GUIDELINES: protesters in opposition-held areas are OPPOSITION; the force that intervenes is actor2.
      const force: string | null = [actor1, actor2].find((k) => k && k !== "OPPOSITION" && k !== "CIVILIANS") ?? null;
      actor1 = "OPPOSITION";
      actor2 = sub === "Peaceful protest" ? null : force;
    }
    if (family === "Strategic developments" && !["Arrests", "Agreement", "Disrupted weapons use"].includes(sub)) actor2 = null;
    // GUIDELINES: the arrested are civilians unless named fighters; violence against civilians has civilian victims.
    if (!actor2 && (sub === "Arrests" || eventTypeOf(sub) === "Violence against civilians")) {
      actor2 = "CIVILIANS";
      rules.push("actor2:civilian-victims-by-type");
    }
    if (eventTypeOf(sub) === "Riots" && !actor1) {
      actor1 = "OPPOSITION";
      rules.push("actor1:rioters-in-opposition-areas");
    }
    if (!actor1 && (family === "Explosions/Remote violence" || family === "Violence against civilians") && sub !== "Air/drone strike" && sub !== "Shelling/artillery/missile attack") {
      actor1 = "UNKNOWN";
      rules.push("actor1:unidentified");
    }
    if (actor1 && actor2 === actor1) actor2 = null;
    if (entry.weak && !actor1 && !cueTyped) continue;

    // Places: after the trigger up to the next trigger of another family, else before it.
    // Only verbs open a new clause: a noun such as "أرتالاً" after "استهدفت" is the target, not a new event.
    const nextOther = candidates.find((t) => t.first > trig.last && t.value.entry.pos === "verb" && !t.value.entry.inherits && eventTypeOf(t.value.entry.sub_event_type as SubEventType) !== family && !t.value.entry.casualty);
    // A new trigger (of any type) opens a new predicate: this one's places end there.
    // (unless no place stands between them: "تصدى … لمحاولة تقدم … على محور X" is one predicate).
    const nextAny = candidates.find((t) => t.first > trig.last && !t.value.entry.weak && !t.value.entry.inherits && !t.value.entry.casualty);
    const placeBetween = nextAny && input.places.some((p) => p.first > trig.last && p.last < nextAny.first);
    const limit = Math.min(nextOther ? nextOther.first : toks.length, nextAny && placeBetween ? nextAny.first : toks.length, clauseEnd);
    // A place right after another event's noun ("لهجمات معرة موحص") belongs to that event.
    const attached = (p: PlaceMention): boolean =>
      candidates.some((t) => t !== trig && t.last < p.first && p.first - t.last <= 2 && eventTypeOf(t.value.entry.sub_event_type as SubEventType) !== family && !t.value.entry.casualty && !t.value.entry.territory && !t.value.entry.inherits);
    const free = input.places.filter((p) => (claimed.get(p) ?? family) === family && !attached(p));
    let scope = free.filter((p) => p.first > trig.last && p.first < limit);
    let placeRule = "place:after-trigger";
    if (!scope.length) {
      scope = free.filter((p) => p.last < trig.first && p.first > Math.max(prevTrig?.last ?? -1, clauseStart));
      placeRule = "place:before-trigger";
    }
    if (!scope.length && state.lastPlaces.length) {
      scope = state.lastPlaces;
      placeRule = "place:previous-sentence";
    }
    // ACLED codes no event at the level of a whole country: "في سوريا" alone places nothing.
    if (actor1 && actor1Span && a1) sentenceActor1 = { key: actor1, span: actor1Span };
    let chosen = choosePlaces(scope.filter((p) => !(p.entry?.kind === "country" && p.rule !== "place:area-around")));
    const fam = eventTypeOf(sub);
    if (!chosen.length) {
      // No place in reach: kept aside with an unknown location; used only when the article names no place at all.
      chosen = [{ first: trig.first, last: trig.last, nameStart: toks[trig.first]!.start, nameEnd: toks[trig.first]!.start, key: "", entry: null, precision: 3, role: "target", admin1: null, rule: "place:none", list: -1 }];
    }
    for (const p of chosen) claimed.set(p, family);

    const multi = chosen.length > 1;
    for (const place of chosen) {
      // A sentence that names no day of its own tells of the same day as an earlier telling of this event.
      let date = input.date;
      if (date && date.first < 0) {
        const same = state.drafts.find((o) => eventTypeOf(o.sub) === fam && o.place.key === place.key && place.key);
        if (same) date = { date: same.date, precision: same.datePrecision, first: -1, last: -1, rule: "date:coreferent" };
      }
      const killed = multi ? (cas.killed === 0 ? 0 : null) : cas.killed;
      const injured = multi ? (cas.injured === 0 ? 0 : null) : cas.injured;
      const evStart = Math.min(toks[trig.first]!.start, actor1Span && actor1Span[0] >= s.sentence.start ? actor1Span[0] : Infinity);
      const evEnd = Math.max(toks[trig.last]!.end, place.nameEnd, ...(cas.spans.length && !multi ? cas.spans.map((c) => toks[c.last]!.end) : []));
      drafts.push({
        sentence: s.sentence.index,
        sub,
        actor1,
        actor2,
        place,
        admin1: place.admin1,
        date: date?.date ?? null,
        datePrecision: date?.precision ?? null,
        killed,
        injured,
        casualties: multi ? null : cas.casualties,
        source: input.source,
        evStart,
        evEnd,
        provenance: [
          { field: "sub_event_type", rule: rules.filter((r) => r.startsWith("trigger") || r.startsWith("subtype")).join("+"), entry: trig.phrase, span: span(trig.first, trig.last) },
          { field: "actor1", rule: rules.filter((r) => r.startsWith("actor")).join("+") || "actors:none", entry: a1?.phrase ?? "", span: actor1Span },
          { field: "actor2", rule: a2 ? "actors:target-marker" : actor2 ? "actors:default" : "actors:none", entry: a2?.phrase ?? "", span: a2 ? span(a2.first, a2.last) : null },
          { field: "location", rule: `${placeRule}+${place.rule}`, entry: place.entry?.id ?? place.key, span: [place.nameStart, place.nameEnd] },
          { field: "date", rule: date?.rule ?? "date:none", span: date && date.first >= 0 && date.first < toks.length ? span(Math.max(0, date.first), Math.min(toks.length - 1, date.last)) : null },
          // Each casualty phrase backs the field it sets: killed, injured, both ("none"), or the undivided total.
          ...cas.spans.flatMap((c) => casualtyFields(c.rule).map((field) => ({ field, rule: c.rule, span: span(c.first, c.last) }))),
        ],
      });
    }
  }
  // Remember the actors for the next sentences.
  for (const d of drafts) {
    const fam = eventTypeOf(d.sub);
    const p = d.provenance.find((x) => x.field === "actor1");
    if (d.actor1 && p?.span) state.lastActor1.set(fam, { key: d.actor1, span: p.span, air: d.sub === "Air/drone strike" });
    state.lastSub = d.sub;
    state.drafts.push(d);
  }
  return drafts;
}

/** Precision-1 targets when there are any (each its own event), else the most specific area. */
function choosePlaces(all: readonly PlaceMention[]): PlaceMention[] {
  // With only "near X" in reach, the event is near X: X at precision 2 at best.
  const scope = all.some((p) => p.role === "target")
    ? all.filter((p) => p.role === "target")
    : all.filter((p) => p.entry).map((p) => ({ ...p, precision: Math.max(2, p.precision) as 2 | 3 }));
  const exact = scope.filter((p) => p.precision === 1);
  if (exact.length) {
    const seen = new Set<string>();
    return exact.filter((p) => !seen.has(p.key) && seen.add(p.key));
  }
  const area = scope.find((p) => p.precision === 2) ?? scope.find((p) => p.precision === 3);
  return area ? [area] : [];
}

/** A generic actor ("مجموعات إرهابية") followed closely by a named one ("تتبع لجبهة النصرة") is the named one. */
function specific(a: ActorAnn, actors: readonly ActorAnn[]): ActorAnn {
  if (!a.value.generic) return a;
  const named = actors.find((b) => !b.value.generic && b.first > a.last && b.first - a.last <= 5);
  return named ?? a;
}

function casualtyFields(rule: string): string[] {
  if (rule.startsWith("casualties:killed")) return ["killed"];
  if (rule.startsWith("casualties:injured")) return ["injured"];
  if (rule.startsWith("casualties:none")) return ["killed", "injured"];
  return ["casualties"];
}
