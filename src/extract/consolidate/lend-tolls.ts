import { eventTypeOf } from "../../model/conflict-event.ts";
import type { EventDraft } from "../code/event-draft.ts";
import { readCasualties } from "../read/read-casualties.ts";
import type { SentenceReading } from "../read/read-sentences.ts";
import type { RoleRules } from "../read/role-rules.ts";

const VIOLENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians"]);

/**
 * Stage: figures told apart from their event. A headline's toll ("مقتل 5 مدنيين بقصف على …")
 * counts for the article's first violent event; a sentence that only updates the toll ("وارتفعت
 * حصيلة القتلى إلى 9") counts for the last violent event before it. A figure fills a count the
 * event does not have, and only for an event told at one place (a toll over several places is
 * not split, GUIDELINES).
 */
export function lendTolls(readings: readonly SentenceReading[], drafts: readonly EventDraft[], roles: RoleRules): EventDraft[] {
  const out = [...drafts];
  const coded = new Set(drafts.map((d) => d.sentence));
  // The happenings each sentence tells: two triggers of one type at one place ("انفجرت سيارة مفخخة")
  // are one.
  const perSentence = new Map<number, Set<string>>();
  for (const d of drafts) {
    const told = perSentence.get(d.sentence) ?? new Set<string>();
    told.add(`${eventTypeOf(d.sub)}|${d.place.entry?.id ?? d.place.key}`);
    perSentence.set(d.sentence, told);
  }
  // The events a figure may join, in order: violent and the one happening of their sentence. Lending
  // changes figures only, so the list is made once (per figure it made a long article quadratic).
  const violent = drafts.flatMap((d, i) => (VIOLENT.has(eventTypeOf(d.sub)) && perSentence.get(d.sentence)!.size === 1 ? [i] : []));
  for (const r of readings) {
    const index = r.s.sentence.index;
    const headline = r.skip === "headline";
    if (!headline && (r.skip || coded.has(index))) continue;
    if (!headline && r.places.some((p) => p.role === "target")) continue;
    const cas = readCasualties(r.s, roles);
    if (cas.killed === null && cas.injured === null) continue;
    const i = headline ? violent[0] : lastBefore(violent, drafts, index);
    if (i === undefined) continue;
    const d = out[i]!;
    const tok = r.s.sentence.tokens;
    // The figures' provenance, entry: undefined as in draftAtPlace (one object layout), appended by
    // push (one array layout whether or not this runs optimised; see create-extractor).
    const provenance = [...d.provenance];
    for (const c of cas.spans) {
      const field = c.rule.startsWith("casualties:injured") ? "injured" : "killed";
      if (field === "killed" ? d.killed === null && cas.killed !== null : d.injured === null && cas.injured !== null) {
        provenance.push({ field, rule: `${c.rule}+${headline ? "headline-toll" : "later-toll"}`, entry: undefined, span: [tok[c.first]!.start, tok[c.last]!.end] });
      }
    }
    out[i] = {
      ...d,
      killed: d.killed ?? cas.killed,
      injured: d.injured ?? cas.injured,
      provenance,
    };
  }
  return out;
}

/** The last of the events `indexes` whose sentence comes before `sentence`. */
function lastBefore(indexes: readonly number[], drafts: readonly EventDraft[], sentence: number): number | undefined {
  for (let k = indexes.length - 1; k >= 0; k--) if (drafts[indexes[k]!]!.sentence < sentence) return indexes[k];
  return undefined;
}
