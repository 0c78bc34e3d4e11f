/**
 * The coding policy as a table of named rules, applied in order to the coding read from a clause
 * (trigger type, actors by role). Each rule states one GUIDELINES decision; theatre defaults
 * (the usual opponent, who protests, civilian and unidentified keys) come from the theatre file.
 */
import { eventTypeOf, type SubEventType } from "../../../model/conflict-event.ts";
import type { Coding } from "./coding.ts";
import type { CodingRule, RuleInput } from "./coding-rule.ts";

const family = (c: Coding) => eventTypeOf(c.sub);
const set = (c: Coding, id: string, change: Partial<Omit<Coding, "rules">>): Coding => ({ ...c, ...change, rules: [...c.rules, id] });
const isState = (key: string | null, input: RuleInput): boolean => !!key && input.theatre.stateInter.has(input.facts.interOf(key) ?? "");
const opponentOf = (key: string, input: RuleInput): string | null =>
  input.theatre.opponentByKey.get(key) ?? input.theatre.defaultOpponent.get(input.facts.interOf(key) ?? "") ?? null;
const violent = (c: Coding): boolean => family(c) === "Explosions/Remote violence" || family(c) === "Violence against civilians";
// Looting keeps the side whose property was taken ("نهب عناصر الفصيل منازل المدنيين": civilians).
const KEEPS_TARGET: ReadonlySet<SubEventType> = new Set(["Arrests", "Agreement", "Disrupted weapons use", "Looting/property destruction"]);

export const CODING_RULES: readonly CodingRule[] = [
  {
    id: "subtype:force-on-protesters",
    description: "An attack in a sentence about protesters is force against them (\"أطلق عناصر الأمن النار على المتظاهرين\").",
    when: (c, { facts }) => facts.protesters && c.sub === "Attack",
    then: (c) => set(c, "subtype:force-on-protesters", { sub: "Excessive force against protesters" }),
  },
  {
    id: "subtype:protesters-violence",
    description: "Clashes of protesters with no armed side named are a violent demonstration.",
    when: (c, { facts }) => facts.protesters && c.sub === "Armed clash" && !c.actor1,
    then: (c) => set(c, "subtype:protesters-violence", { sub: "Violent demonstration" }),
  },
  {
    id: "subtype:air-actor",
    description: "A shelling by an air force (\"قصف الطيران الحربي\") is an air strike.",
    when: (c, { facts }) => !!facts.withAir && c.actor1Air && c.sub !== facts.withAir && !facts.artilleryNear,
    then: (c, { facts }) => set(c, "subtype:air-actor", { sub: facts.withAir! }),
  },
  {
    id: "subtype:air-force-remote",
    description: "Strikes from afar by a force that strikes from the air (\"ضربات إسرائيلية استهدفت موقعاً\") are air strikes unless artillery is named.",
    when: (c, { facts, theatre }) => c.sub === "Shelling/artillery/missile attack" && !!c.actor1 && theatre.remoteAirForces.has(c.actor1) && !facts.artilleryNear,
    then: (c) => set(c, "subtype:air-force-remote", { sub: "Air/drone strike" }),
  },
  {
    id: "subtype:attack-noun",
    description: "An attack named by a noun, or a bare \"استهدف\" with no weapon named, by a force named in its clause that fights no ground war in the theatre (\"عدوان إسرائيلي على مواقع\", \"هجوم أمريكي\", \"استهدف الجيش الإسرائيلي سيارة\"), is an air strike.",
    when: (c, { facts, theatre }) => !!facts.byAirForce && family(c) === "Battles" && !!c.actor1 && facts.actor1InClause && theatre.attackNounAirForces.has(c.actor1) && !facts.artilleryNear,
    then: (c, { facts }) => set(c, "subtype:attack-noun", { sub: facts.byAirForce! }),
  },
  {
    id: "drop:aggression-not-by-air-force",
    description: "\"عدوان\" by anyone else names a campaign, not one event (\"العدوان على المدينة مستمر\").",
    when: (c, { facts }) => facts.airForceOnly && c.sub !== facts.byAirForce,
    then: () => "drop",
  },
  {
    id: "subtype:ground-raid",
    description: "\"Raids\" by a force without aircraft named as their subject (\"شن مقاتلون غارات\") are ground attacks.",
    when: (c, input) =>
      c.sub === "Air/drone strike" && !!c.actor1 && !c.actor1Air && !input.theatre.airCapableInter.has(input.facts.interOf(c.actor1) ?? "") && !input.facts.airCueAround &&
      input.facts.raidBySubject,
    then: (c) => set(c, "subtype:ground-raid", { sub: "Armed clash" }),
  },
  {
    id: "actor2:military-site",
    description: "A strike or shelling whose object is a military site with no owner named (\"استهدفت غارات مواقع عسكرية قرب المدينة\") hit the armed side the attacker usually fights, whoever else fell: the site is the target, not the people near it.",
    when: (c, { facts }) => !c.actor2 && facts.militarySiteObject && family(c) === "Explosions/Remote violence" && !!c.actor1,
    then: (c, input) => {
      const owner = opponentOf(c.actor1!, input);
      return owner ? set(c, "actor2:military-site", { actor2: owner }) : c;
    },
  },
  {
    id: "actor2:civilian-casualties",
    description: "Remote violence or an attack that kills civilians has civilians as its target.",
    when: (c, { facts }) => !c.actor2 && facts.civilianCasualties && violent(c),
    then: (c, { theatre }) => set(c, "actor2:civilian-casualties", { actor2: theatre.civilians }),
  },
  {
    id: "actor2:remote-toll",
    description: "A strike, shelling or bombing that counts its dead or wounded and names no armed side hit (\"سقوط 14 قتيلاً بانفجار سيارة مفخخة\") hit civilians: armed victims are named (\"مقتل 3 عناصر من …\").",
    when: (c, { facts }) => !c.actor2 && facts.tollCounted && family(c) === "Explosions/Remote violence",
    then: (c, { theatre }) => set(c, "actor2:remote-toll", { actor2: theatre.civilians }),
  },
  {
    id: "actor2:shooting-toll",
    description: "A shooting or stabbing that counts its dead or wounded and names no fighter among them (\"أصيب مدير المكتب بجروح إثر إطلاق نار عليه\") hit a civilian: armed victims are named (\"مقتل شرطي برصاص …\").",
    when: (c, { facts }) => !c.actor2 && facts.tollCounted && c.sub === "Attack" && !facts.casualtyOnly,
    then: (c, { theatre }) => set(c, "actor2:shooting-toll", { actor2: theatre.civilians }),
  },
  {
    id: "actor2:bombing-victims",
    description: "A bomb (a car bomb, an explosive device, a suicide bomber) that names no armed side hit and no fighters among its victims hit civilians, whether or not its toll is counted (\"انفجرت سيارة مفخخة قرب سوق المدينة\"): bombings always have a victim.",
    when: (c, { facts }) => !c.actor2 && !facts.armedVictims && (c.sub === "Remote explosive/landmine/IED" || c.sub === "Suicide bomb"),
    then: (c, { theatre }) => set(c, "actor2:bombing-victims", { actor2: theatre.civilians }),
  },
  {
    id: "actor2:civilian-object",
    description: "An arrest, looting or attack whose object is a civilian noun (\"اعتقلت شاباً\") targets civilians.",
    when: (c, { facts }) => !c.actor2 && facts.civilianObject && (family(c) === "Violence against civilians" || c.sub === "Arrests" || c.sub === "Looting/property destruction"),
    then: (c, { theatre }) => set(c, "actor2:civilian-object", { actor2: theatre.civilians }),
  },
  {
    id: "subtype:partial-capture",
    description: "Taking a part of a place (\"سيطرت الفصائل على أجزاء من البلدة\", \"على نقاط في محيطها\") is fighting there, not its capture (GUIDELINES: partial captures are Armed clash).",
    when: (_c, { facts }) => facts.territorial && facts.partialObject,
    then: (c) => set(c, "subtype:partial-capture", { sub: "Armed clash" }),
  },
  {
    id: "territory:by-taker",
    description: "A capture is Government regains territory when the state takes it, else Non-state actor overtakes territory; with no taker named it is not coded.",
    when: (_c, { facts }) => facts.territorial && !facts.partialObject,
    then: (c, input) => {
      if (!c.actor1) return "drop";
      const state = isState(c.actor1, input);
      const loser = c.actor2 ?? input.theatre.territoryLoser.get(input.facts.interOf(c.actor1) ?? "") ?? null;
      return set(c, "territory:by-taker", { sub: state ? "Government regains territory" : "Non-state actor overtakes territory", actor2: loser });
    },
  },
  {
    id: "actor2:killed-civilian",
    description: "\"قُتل مدني\": a killing whose victim is a civilian noun after the verb.",
    when: (c, { facts }) => c.sub === "Attack" && facts.casualtyOnly && !c.actor2 && facts.civilianAfterTrigger,
    then: (c, { theatre }) => set(c, "actor2:killed-civilian", { actor2: theatre.civilians }),
  },
  {
    id: "subtype:armed-side-killed-fighters",
    description: "A killing by an armed side named in its clause of fighters named after it (\"قتلت القوات الأمريكية خمسة مسلحين\") is a battle told by its toll: the other side is the one the sentence names, else the killer's usual opponent.",
    when: (c, { facts, theatre }) => c.sub === "Attack" && facts.casualtyOnly && !!c.actor1 && facts.actor1InClause && facts.armedVictims && c.actor2 !== theatre.civilians,
    then: (c) => set(c, "subtype:armed-side-killed-fighters", { sub: "Armed clash" }),
  },
  {
    id: "drop:killing-not-of-civilians",
    description: "A death reported with no kind of violence named and no civilian victim codes nothing by itself.",
    when: (c, { facts, theatre }) => c.sub === "Attack" && facts.casualtyOnly && c.actor2 !== theatre.civilians,
    then: () => "drop",
  },
  {
    id: "subtype:armed-victim",
    description: "An assassination or execution of a fighter or member (\"اغتال ملثمون ضابطاً في الشرطة\") is armed violence between two sides, not an attack on civilians.",
    when: (c, { facts }) => c.sub === "Attack" && facts.victimImplied && !c.actor2 && facts.armedObject,
    then: (c, { theatre }) => set(c, "subtype:armed-victim", { sub: "Armed clash", actor1: c.actor1 ?? theatre.unidentified }),
  },
  {
    id: "actor2:implied-victim",
    description: "An assassination or execution with no victim named outright (\"اغتال مسلحون مدير المدرسة\") kills a civilian.",
    when: (c, { facts }) => c.sub === "Attack" && !c.actor2 && facts.victimImplied,
    then: (c, { theatre }) => set(c, "actor2:implied-victim", { actor2: theatre.civilians }),
  },
  {
    id: "subtype:armed-victim-unnamed",
    description: "A shooting or stabbing whose victims are named as soldiers, police or fighters of no side the sentence names (\"قتل شرطي برصاص مجهولين\") is armed violence against that unnamed side, by an unidentified group when no attacker is named.",
    when: (c, { facts }) => c.sub === "Attack" && !c.actor2 && facts.armedVictims && !facts.civilianCasualties && !facts.victimImplied,
    then: (c, { theatre }) => set(c, "subtype:armed-victim-unnamed", { sub: "Armed clash", actor1: c.actor1 ?? theatre.unidentified }),
  },
  {
    id: "subtype:armed-target",
    description: "An attack on an armed side is fighting (\"هاجم مسلحون حاجزاً للجيش\"), by an unidentified group when no attacker is named; with no victim named it is not coded.",
    when: (c, { theatre }) => c.sub === "Attack" && c.actor2 !== theatre.civilians,
    then: (c, { theatre }) => (c.actor2 ? set(c, "subtype:armed-target", { sub: "Armed clash", actor1: c.actor1 ?? theatre.unidentified }) : "drop"),
  },
  {
    id: "subtype:civilian-target",
    description: "Fighting whose only opponent is civilians is an attack on civilians.",
    when: (c, { theatre }) => c.sub === "Armed clash" && c.actor2 === theatre.civilians,
    then: (c) => set(c, "subtype:civilian-target", { sub: "Attack" }),
  },
  {
    id: "subtype:withdrawal-under-attack",
    description: "A withdrawal under attack (\"انسحبت القوات من الحاجز بعد تعرضه للقصف\") is fighting, not a transfer without it: the side that left was attacked, by the other armed side the sentence names, else by its usual opponent.",
    when: (c, { facts }) => c.sub === "Non-violent transfer of territory" && facts.withdrawalUnderAttack && !!c.actor1,
    then: (c, input) => set(c, "subtype:withdrawal-under-attack", { sub: "Armed clash", actor1: input.facts.otherArmedSide ?? opponentOf(c.actor1!, input), actor2: c.actor1 }),
  },
  {
    id: "subtype:attack-on-civilian-object",
    description: "An attack whose object is civilians or their place (\"هاجمت الميليشيا مخيماً للنازحين\", \"هاجم مسلحون منزل مدني\"), with no armed side attacked named in the sentence, is an attack on civilians, not a battle against the attacker's usual opponent.",
    when: (c, { facts }) =>
      c.sub === "Armed clash" && facts.attackTrigger && !!c.actor1 && !c.actor2 && (facts.civilianObject || (facts.civilianCasualties && facts.civilianAfterTrigger)) && !facts.armedObject &&
      !facts.militarySiteObject && !facts.infighting && !facts.protesters && !facts.otherArmedSide,
    then: (c, { theatre }) => set(c, "subtype:attack-on-civilian-object", { sub: "Attack", actor2: theatre.civilians }),
  },
  {
    id: "actor2:infighting",
    description: "Fighting within one side (\"اشتباكات بين ميليشيات متخاصمة\") has that side on both ends.",
    when: (c, { facts }) => family(c) === "Battles" && !!c.actor1 && !c.actor2 && facts.infighting,
    then: (c) => set(c, "actor2:infighting", { actor2: c.actor1 }),
  },
  {
    id: "actor2:battle-opponent",
    description: "A battle that names one side: the other armed side in the sentence, else the theatre's usual opponent.",
    when: (c) => family(c) === "Battles" && !!c.actor1 && !c.actor2,
    then: (c, input) => set(c, "actor2:battle-opponent", { actor2: input.facts.otherArmedSide ?? opponentOf(c.actor1!, input) }),
  },
  {
    id: "actor1:battle-opponent",
    description: "A battle that names only the side attacked: its usual opponent attacked it.",
    when: (c) => family(c) === "Battles" && !c.actor1 && !!c.actor2,
    then: (c, input) => set(c, "actor1:battle-opponent", { actor1: opponentOf(c.actor2!, input) }),
  },
  {
    id: "actors:protest",
    description: "Protesters are coded with the theatre's protest key; the force that intervenes is actor2.",
    when: (c) => family(c) === "Protests",
    then: (c, { theatre }) => {
      const force = [c.actor1, c.actor2].find((k) => k && k !== theatre.protesters && k !== theatre.civilians) ?? null;
      return set(c, "actors:protest", { actor1: theatre.protesters, actor2: c.sub === "Peaceful protest" ? null : force });
    },
  },
  {
    id: "actor2:none-for-developments",
    description: "Strategic developments other than arrests, agreements, disrupted weapons and looting have no target.",
    when: (c) => family(c) === "Strategic developments" && !KEEPS_TARGET.has(c.sub) && c.actor2 !== null,
    then: (c) => set(c, "actor2:none-for-developments", { actor2: null }),
  },
  {
    id: "actor2:civilian-victims-by-type",
    description: "The arrested, and the victims of violence against civilians, are civilians unless named fighters.",
    when: (c) => !c.actor2 && (c.sub === "Arrests" || family(c) === "Violence against civilians"),
    then: (c, { theatre }) => set(c, "actor2:civilian-victims-by-type", { actor2: theatre.civilians }),
  },
  {
    id: "actor1:rioters",
    description: "Rioters with no group named get the theatre's rioter key.",
    when: (c) => family(c) === "Riots" && !c.actor1,
    then: (c, { theatre }) => set(c, "actor1:rioters", { actor1: theatre.rioters }),
  },
  {
    id: "actor1:unidentified",
    description: "A bombing or attack with no perpetrator named is by an unidentified armed group (air strikes and shelling stay unnamed).",
    when: (c) => !c.actor1 && violent(c) && c.sub !== "Air/drone strike" && c.sub !== "Shelling/artillery/missile attack",
    then: (c, { theatre }) => set(c, "actor1:unidentified", { actor1: theatre.unidentified }),
  },
  {
    id: "actor1:unattributed-remote",
    description: "An air strike or shelling with no attacker named is coded to the side that usually strikes in the theatre (\"شن الطيران الحربي غارات\").",
    when: (c, { theatre }) => !c.actor1 && !!theatre.unattributedRemote && (c.sub === "Air/drone strike" || c.sub === "Shelling/artillery/missile attack"),
    then: (c, { theatre }) => set(c, "actor1:unattributed-remote", { actor1: theatre.unattributedRemote }),
  },
  {
    id: "actor2:not-self",
    description: "A side does not act on itself: the same key twice leaves actor2 empty.",
    when: (c, { facts }) => !!c.actor1 && c.actor2 === c.actor1 && !(facts.infighting && family(c) === "Battles"),
    then: (c) => set(c, "actor2:not-self", { actor2: null }),
  },
  {
    id: "drop:weak-trigger",
    description: "A weak trigger (\"عملية\") with no actor and no type cue of its own codes nothing.",
    when: (c, { facts }) => facts.weak && !c.actor1 && !facts.cueTyped,
    then: () => "drop",
  },
];
