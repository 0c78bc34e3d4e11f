/**
 * Each rule of the coding policy on its own: a coding and the facts of a clause in, the rule's
 * decision out. Every rule id must have a case here, so a new rule cannot land untested.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Coding, CodingFacts } from "../../../src/extract/code/policy/coding.ts";
import { CODING_RULES } from "../../../src/extract/code/policy/coding-rules.ts";
import { applyCodingPolicy } from "../../../src/extract/code/policy/apply-coding-policy.ts";
import { loadTheatre } from "../../../src/extract/code/policy/theatre.ts";

const theatre = loadTheatre("syria");
const INTER: Record<string, string> = { SYR_GOV: "State forces", RUS_MIL: "External/Other forces", ISR_MIL: "External/Other forces", HTS: "Rebel group", OPPOSITION: "Rebel group", ISIS: "Political militia", CIVILIANS: "Civilians" };
const FACTS: CodingFacts = {
  triggerSub: "Shelling/artillery/missile attack", withAir: null, byAirForce: null, airForceOnly: false, actor1InClause: true, partialObject: false, raidBySubject: true, casualtyOnly: false, territorial: false, weak: false, cueTyped: false,
  victimImplied: false, artilleryNear: false, airCueAround: false, protesters: false, civilianCasualties: false, tollCounted: false, armedVictims: false, militarySiteObject: false, civilianObject: false, attackTrigger: false, armedObject: false, civilianAfterTrigger: false,
  infighting: false, otherArmedSide: null, withdrawalUnderAttack: false, interOf: (k) => INTER[k],
};
const coding = (c: Partial<Coding>): Coding => ({ sub: "Armed clash", actor1: null, actor2: null, actor1Air: false, rules: [], ...c });

interface RuleCase {
  readonly rule: string;
  readonly label: string;
  readonly coding: Partial<Coding>;
  readonly facts?: Partial<CodingFacts>;
  /** The fields the rule sets, or "drop". */
  readonly expect: Partial<Omit<Coding, "rules">> | "drop";
}

const CASES: readonly RuleCase[] = [
  { rule: "subtype:force-on-protesters", label: "security forces fire on a march", coding: { sub: "Attack", actor1: "SYR_GOV", actor2: "CIVILIANS" }, facts: { protesters: true }, expect: { sub: "Excessive force against protesters" } },
  { rule: "subtype:protesters-violence", label: "protesters clash, no armed side", coding: { sub: "Armed clash" }, facts: { protesters: true }, expect: { sub: "Violent demonstration" } },
  { rule: "subtype:air-actor", label: "a shelling by the air force", coding: { sub: "Shelling/artillery/missile attack", actor1: "RUS_MIL", actor1Air: true }, facts: { withAir: "Air/drone strike" }, expect: { sub: "Air/drone strike" } },
  { rule: "subtype:air-force-remote", label: "Israeli strikes on a site are air strikes", coding: { sub: "Shelling/artillery/missile attack", actor1: "ISR_MIL" }, expect: { sub: "Air/drone strike" } },
  { rule: "subtype:attack-noun", label: "an Israeli attack on a site is an air strike", coding: { sub: "Armed clash", actor1: "ISR_MIL", actor2: "SYR_GOV" }, facts: { byAirForce: "Air/drone strike" }, expect: { sub: "Air/drone strike" } },
  { rule: "drop:aggression-not-by-air-force", label: "'aggression' by a force on the ground codes nothing", coding: { sub: "Armed clash", actor1: "TUR_MIL" }, facts: { byAirForce: "Air/drone strike", airForceOnly: true }, expect: "drop" },
  { rule: "subtype:ground-raid", label: "raids by rebels are ground attacks", coding: { sub: "Air/drone strike", actor1: "HTS", actor2: "SYR_GOV" }, expect: { sub: "Armed clash" } },
  { rule: "actor2:military-site", label: "Israeli strikes on military sites hit the state's forces", coding: { sub: "Air/drone strike", actor1: "ISR_MIL" }, facts: { militarySiteObject: true, civilianCasualties: true }, expect: { actor2: "SYR_GOV" } },
  { rule: "actor2:military-site", label: "regime shelling of military positions hits the opposition", coding: { sub: "Shelling/artillery/missile attack", actor1: "SYR_GOV" }, facts: { militarySiteObject: true }, expect: { actor2: "OPPOSITION" } },
  { rule: "actor2:civilian-casualties", label: "shelling that kills civilians", coding: { sub: "Shelling/artillery/missile attack", actor1: "SYR_GOV" }, facts: { civilianCasualties: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "actor2:remote-toll", label: "a car bomb that kills fourteen, no armed side hit", coding: { sub: "Remote explosive/landmine/IED", actor1: "UNKNOWN" }, facts: { tollCounted: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "actor2:bombing-victims", label: "a car bomb in a town, no toll and no armed side named", coding: { sub: "Remote explosive/landmine/IED", actor1: "UNKNOWN" }, expect: { actor2: "CIVILIANS" } },
  { rule: "actor2:bombing-victims", label: "a suicide bomber with no target named", coding: { sub: "Suicide bomb", actor1: "ISIS" }, expect: { actor2: "CIVILIANS" } },
  { rule: "subtype:attack-on-civilian-object", label: "an attack on a camp of displaced people, no armed side named", coding: { sub: "Armed clash", actor1: "RSF" }, facts: { attackTrigger: true, civilianObject: true }, expect: { sub: "Attack", actor2: "CIVILIANS" } },
  { rule: "actor2:battle-opponent", label: "clashes next to civilians are still a battle", coding: { sub: "Armed clash", actor1: "HTS" }, facts: { civilianObject: true }, expect: { sub: "Armed clash" } },
  { rule: "actor2:civilian-object", label: "looting of civilians' homes", coding: { sub: "Looting/property destruction", actor1: "SNA" }, facts: { civilianObject: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "actor2:civilian-object", label: "an arrest of a young man", coding: { sub: "Arrests", actor1: "HTS" }, facts: { civilianObject: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "subtype:partial-capture", label: "rebels take parts of a town", coding: { sub: "Government regains territory", actor1: "HTS" }, facts: { territorial: true, partialObject: true }, expect: { sub: "Armed clash" } },
  { rule: "territory:by-taker", label: "the state takes a village from the usual opponent", coding: { sub: "Government regains territory", actor1: "SYR_GOV" }, facts: { territorial: true }, expect: { sub: "Government regains territory", actor2: "OPPOSITION" } },
  { rule: "territory:by-taker", label: "a rebel capture", coding: { sub: "Government regains territory", actor1: "HTS" }, facts: { territorial: true }, expect: { sub: "Non-state actor overtakes territory", actor2: "SYR_GOV" } },
  { rule: "territory:by-taker", label: "a capture with no taker codes nothing", coding: { sub: "Government regains territory" }, facts: { territorial: true }, expect: "drop" },
  { rule: "actor2:killed-civilian", label: "a civilian killed", coding: { sub: "Attack" }, facts: { casualtyOnly: true, civilianAfterTrigger: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "actor2:shooting-toll", label: "two wounded by gunfire, no fighter named", coding: { sub: "Attack" }, facts: { tollCounted: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "subtype:armed-side-killed-fighters", label: "the army killed five gunmen", coding: { sub: "Attack", actor1: "SYR_GOV" }, facts: { casualtyOnly: true, actor1InClause: true, armedVictims: true }, expect: { sub: "Armed clash", actor1: "SYR_GOV" } },
  { rule: "drop:killing-not-of-civilians", label: "a death with no violence and no civilian named", coding: { sub: "Attack", actor1: "HTS" }, facts: { casualtyOnly: true }, expect: "drop" },
  { rule: "subtype:armed-victim", label: "gunmen assassinate a member of a faction", coding: { sub: "Attack", actor1: "UNKNOWN" }, facts: { victimImplied: true, armedObject: true }, expect: { sub: "Armed clash", actor1: "UNKNOWN" } },
  { rule: "actor2:implied-victim", label: "an assassination of a named official", coding: { sub: "Attack", actor1: "UNKNOWN" }, facts: { victimImplied: true }, expect: { actor2: "CIVILIANS" } },
  { rule: "subtype:armed-victim-unnamed", label: "a policeman shot dead by gunmen, his side unnamed", coding: { sub: "Attack" }, facts: { armedVictims: true }, expect: { sub: "Armed clash", actor1: "UNKNOWN" } },
  { rule: "subtype:armed-target", label: "an attack on a checkpoint of the army", coding: { sub: "Attack", actor2: "SYR_GOV" }, expect: { sub: "Armed clash", actor1: "UNKNOWN" } },
  { rule: "subtype:armed-target", label: "an attack on no one named", coding: { sub: "Attack", actor1: "HTS" }, expect: "drop" },
  { rule: "subtype:civilian-target", label: "fighting against civilians", coding: { sub: "Armed clash", actor1: "ISIS", actor2: "CIVILIANS" }, expect: { sub: "Attack" } },
  { rule: "actor2:infighting", label: "rival militias fight each other", coding: { sub: "Armed clash", actor1: "HTS" }, facts: { infighting: true }, expect: { actor2: "HTS" } },
  { rule: "actor2:battle-opponent", label: "a rebel attack with no opponent named", coding: { sub: "Armed clash", actor1: "HTS" }, expect: { actor2: "SYR_GOV" } },
  { rule: "subtype:withdrawal-under-attack", label: "the army withdraws from a checkpoint after shelling", coding: { sub: "Non-violent transfer of territory", actor1: "SYR_GOV" }, facts: { withdrawalUnderAttack: true }, expect: { sub: "Armed clash", actor1: "OPPOSITION", actor2: "SYR_GOV" } },
  { rule: "actor2:battle-opponent", label: "the other armed side of the sentence", coding: { sub: "Armed clash", actor1: "SYR_GOV" }, facts: { otherArmedSide: "ISIS" }, expect: { actor2: "ISIS" } },
  { rule: "actor2:battle-opponent", label: "an ally of the state fights the opposition", coding: { sub: "Armed clash", actor1: "RUS_MIL" }, expect: { actor2: "OPPOSITION" } },
  { rule: "actor1:battle-opponent", label: "only the side attacked is named", coding: { sub: "Armed clash", actor2: "SYR_GOV" }, expect: { actor1: "OPPOSITION" } },
  { rule: "actors:protest", label: "a march dispersed by the army", coding: { sub: "Protest with intervention", actor1: "SYR_GOV" }, expect: { actor1: "OPPOSITION", actor2: "SYR_GOV" } },
  { rule: "actors:protest", label: "a peaceful march has no actor2", coding: { sub: "Peaceful protest", actor2: "CIVILIANS" }, expect: { actor1: "OPPOSITION", actor2: null } },
  { rule: "actor2:none-for-developments", label: "reinforcements have no target", coding: { sub: "Other", actor1: "SYR_GOV", actor2: "HTS" }, expect: { actor2: null } },
  { rule: "actor2:civilian-victims-by-type", label: "the arrested are civilians", coding: { sub: "Arrests", actor1: "SYR_GOV" }, expect: { actor2: "CIVILIANS" } },
  { rule: "actor1:rioters", label: "rioters with no group named", coding: { sub: "Violent demonstration" }, expect: { actor1: "OPPOSITION" } },
  { rule: "actor1:unidentified", label: "a bomb with no perpetrator", coding: { sub: "Remote explosive/landmine/IED", actor2: "CIVILIANS" }, expect: { actor1: "UNKNOWN" } },
  { rule: "actor1:unattributed-remote", label: "warplanes with no nationality named", coding: { sub: "Air/drone strike", actor2: "CIVILIANS" }, expect: { actor1: "SYR_GOV" } },
  { rule: "actor2:not-self", label: "a side does not act on itself", coding: { sub: "Other", actor1: "HTS", actor2: "HTS" }, expect: { actor2: null } },
  { rule: "drop:weak-trigger", label: "an 'operation' with no actor and no cue", coding: { sub: "Armed clash" }, facts: { weak: true }, expect: "drop" },
];

describe("coding policy rules, each on its own", () => {
  for (const c of CASES) {
    test(`${c.rule}: ${c.label}`, () => {
      const rule = CODING_RULES.find((r) => r.id === c.rule);
      assert.ok(rule, `no rule ${c.rule}`);
      const input = { facts: { ...FACTS, ...c.facts }, theatre };
      const before = coding(c.coding);
      assert.ok(rule.when(before, input), "the rule should apply");
      const after = rule.then(before, input);
      if (c.expect === "drop") return assert.equal(after, "drop");
      assert.notEqual(after, "drop");
      if (after === "drop") return;
      for (const [field, value] of Object.entries(c.expect)) assert.deepEqual(after[field as keyof Coding], value, field);
      assert.deepEqual(after.rules, [c.rule], "the rule id lands in the coding's rules");
    });
  }
});

describe("coding policy table", () => {
  test("rule ids are unique and every rule has a case", () => {
    const ids = CODING_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.ok(CASES.some((c) => c.rule === id), `rule ${id} has no test case`);
  });
  test("rules run in order: an attack on the army by no one named becomes a clash by an unidentified group", () => {
    const out = applyCodingPolicy(coding({ sub: "Attack", actor2: "SYR_GOV" }), { facts: FACTS, theatre });
    assert.deepEqual(out && { sub: out.sub, actor1: out.actor1, actor2: out.actor2, rules: out.rules }, { sub: "Armed clash", actor1: "UNKNOWN", actor2: "SYR_GOV", rules: ["subtype:armed-target"] });
  });
  test("a rule that drops ends the run", () => {
    assert.equal(applyCodingPolicy(coding({ sub: "Attack", actor1: "HTS" }), { facts: { ...FACTS, casualtyOnly: true }, theatre }), null);
  });
  test("a theatre file that breaks its schema is refused with the file named", () => {
    assert.throws(() => loadTheatre("no-such-theatre"), /theatre .*no-such-theatre\.json/);
  });
});
