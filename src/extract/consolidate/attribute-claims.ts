import { formSetOf } from "../../text/form-set.ts";
import { eventTypeOf } from "../../model/conflict-event.ts";
import { ofKind } from "../annotate/annotate-sentence.ts";
import type { EventDraft } from "../code/event-draft.ts";
import type { Theatre } from "../code/policy/theatre.ts";
import type { SentenceReading } from "../read/read-sentences.ts";
import type { RoleRules } from "../read/role-rules.ts";

const ATTACKS = new Set(["Explosions/Remote violence", "Violence against civilians"]);

/**
 * Stage: a bombing or attack the article codes to an unidentified group, when the article names one
 * armed group as having claimed or carried it out ("وتبنى التنظيم الهجوم", "الانتحاري عضو في
 * التنظيم"), is that group's. One claimant only: with two, the attack stays unidentified.
 */
export function attributeClaims(readings: readonly SentenceReading[], drafts: readonly EventDraft[], roles: RoleRules, theatreOf: (sentence: number) => Theatre, interOf: (sentence: number) => ReadonlyMap<string, string>): EventDraft[] {
  const claimants = new Map<string, readonly [number, number]>();
  const claimWords = formSetOf(roles.claimWords);
  for (const r of readings) {
    if (!r.s.sentence.tokens.some((t) => claimWords.has(t))) continue;
    const toks = r.s.sentence.tokens;
    for (const a of ofKind(r.s, "actor")) {
      const key = a.value.key;
      const inter = interOf(r.s.sentence.index).get(key);
      const theatre = theatreOf(r.s.sentence.index);
      if (a.value.generic || key === theatre.civilians || key === theatre.unidentified || theatre.stateInter.has(inter ?? "")) continue;
      if (!claimants.has(key)) claimants.set(key, [toks[a.first]!.start, toks[a.last]!.end]);
    }
  }
  if (claimants.size !== 1) return [...drafts];
  const [key, span] = [...claimants.entries()][0]!;
  // Filled by push, not made by .map: see create-extractor (the list's layout must not depend on
  // whether this function runs optimised).
  const out: EventDraft[] = [];
  for (const d of drafts) {
    if (!ATTACKS.has(eventTypeOf(d.sub)) || d.actor1 !== theatreOf(d.sentence).unidentified) {
      out.push(d);
      continue;
    }
    const provenance: EventDraft["provenance"][number][] = [];
    for (const p of d.provenance) provenance.push(p.field === "actor1" ? { ...p, rule: `${p.rule}+actor1:claimed`, span } : p);
    out.push({ ...d, actor1: key, provenance });
  }
  return out;
}
