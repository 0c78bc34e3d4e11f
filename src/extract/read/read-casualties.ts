import type { Token } from "../../text/tokenize.ts";
import type { Annotation } from "../annotate/annotation.ts";
import { annotationsAt, ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import { readCountAt } from "./read-number.ts";

/** Casualty figures read in a sentence, with the tokens that state them. */
export interface CasualtyReading {
  readonly killed: number | null;
  readonly injured: number | null;
  readonly casualties: number | null;
  /** Civilians are among the dead or wounded. */
  readonly civilians: boolean;
  /** Token ranges of the casualty phrases (sentence-relative), for evidence. */
  readonly spans: ReadonlyArray<{ first: number; last: number; rule: string }>;
  readonly mentioned: boolean;
}

/** The words around a figure that say how it counts (data/lexicon/roles.json). */
export interface CasualtyRules {
  /** "ثلاثة من عناصرها قتلوا": the word between a count and the noun it counts. */
  readonly partitive: ReadonlySet<string>;
  /** "ارتفعت حصيلة القتلى إلى خمسة": the word before a toll's new figure. */
  readonly tollTo: ReadonlySet<string>;
  /** "عدد القتلى بلغ 52": the verb between a toll and its figure. */
  readonly tollVerbs: ReadonlySet<string>;
  /** "بينهم طفلان": a count after one of these is part of the toll, not a toll of its own. */
  readonly subcount: ReadonlySet<string>;
  /** "جندي", "شرطي", "عنصر": persons counted among the victims who bear arms, so no civilians. */
  readonly armedVictimNouns: ReadonlySet<string>;
}

const NO_RULES: CasualtyRules = { partitive: new Set(), tollTo: new Set(), tollVerbs: new Set(), subcount: new Set(), armedVictimNouns: new Set() };

export const NO_CASUALTIES: CasualtyReading = { killed: null, injured: null, casualties: null, civilians: false, spans: [], mentioned: false };

/**
 * Stage: casualties. "مقتل 3 مدنيين", "3 قتلى", "قتيلان", "مقتل مدني واحد", "مقتل وإصابة 12"
 * (total only), "من دون وقوع إصابات" (0 and 0), "عدد من" (null). The lowest figure wins when a
 * sentence gives two for one kind (ACLED's conservative rule).
 */
export function readCasualties(s: AnnotatedSentence, rules: CasualtyRules = NO_RULES, from = 0, to = Infinity): CasualtyReading {
  const { tollTo } = rules;
  const toks = s.sentence.tokens;
  const at = (i: number, kind: string): Annotation | undefined => annotationsAt(s, i).find((a) => a.value.kind === kind);
  const startsIn = (kind: string, from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (at(k, kind)) return true;
    return false;
  };
  const civilianPersonIn = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) {
      const p = at(k, "person");
      if (p && !toks[p.first]!.forms.some((f) => rules.armedVictimNouns.has(f))) return true;
      if (at(k, "people")) return true;
    }
    return false;
  };
  let killed: number | null = null;
  let injured: number | null = null;
  let casualties: number | null = null;
  let civilians = false;
  let mentioned = false;
  const spans: Array<{ first: number; last: number; rule: string }> = [];
  const keep = (old: number | null, v: number | null): number | null => (v === null ? old : old === null ? v : Math.min(old, v));

  const casualtyWords = ofKind(s, "casualty");
  // Tokens of the counts already read: "مقتل ثلاثة مدنيين وإصابة آخرين" does not count the three twice.
  const claimed = new Set<number>();
  // "قتل مدنيان … فيما لم يسفر القصف على بلدة أخرى عن أية إصابات": "none" fills only the counts the
  // sentence gives no figure for.
  let none = false;
  // Dual casualty nouns ("قتيلان", "جريحين") are casualty words that carry their count.
  for (const d of ofKind(s, "dual")) {
    if (d.first < from || d.first >= to || (d.value.what !== "killed" && d.value.what !== "injured")) continue;
    if (casualtyWords.some((c) => c.first <= d.first && d.first <= c.last)) continue;
    mentioned = true;
    spans.push({ first: d.first, last: d.last, rule: `casualties:${d.value.what}:dual` });
    if (d.value.what === "killed") killed = keep(killed, 2);
    else injured = keep(injured, 2);
    if (civiliansNear(s, d.last + 1)) civilians = true;
  }
  for (const c of casualtyWords) {
    if (c.first < from || c.first >= to) continue;
    const what = c.value.what;
    if (what === "unknown") continue;
    if (what === "none") {
      mentioned = true;
      none = true;
      spans.push({ first: c.first, last: c.last, rule: "casualties:none" });
      continue;
    }
    let count = c.value.one ? { value: 1, first: c.first, last: c.last, rule: "pronoun-one" } : countNear(toks, c, at, rules, claimed);
    // "قضى مدنيان" is a toll, "قضت الفصائل على مجموعة" (wiped out) is none: such a verb counts only
    // the victims it has beside it.
    if (c.value.needsVictims && !count) continue;
    mentioned = true;
    // "سقوط قتيل": a singular noun with no number is one.
    if (!count && c.value.singular) count = { value: 1, first: c.first, last: c.last, rule: "singular-noun" };
    if (!count || count.value === null) {
      // "ارتفعت حصيلة القتلى إلى خمسة": the new figure after "إلى"; "عدد القتلى بلغ 52", "… وصل إلى 52":
      // after the verb that gives the toll.
      let k = c.last + 1;
      const verb = toks[k]?.forms.some((f) => rules.tollVerbs.has(f)) ?? false;
      if (verb) k++;
      const to = toks[k]?.forms.some((f) => tollTo.has(f)) ?? false;
      if (to) k++;
      const r = verb || to ? readCountAt(toks, k, at) : null;
      if (r && r.value !== null) count = { ...r, rule: verb ? "toll-verb" : "toll-to" };
    }
    if (!count || count.value === null) {
      // "ارتفع إلى 11 عدد القتلى": the toll's new figure stands before the casualty word, after "إلى".
      for (let k = c.first - 1; k >= Math.max(1, c.first - 4); k--) {
        if (!toks[k - 1]!.forms.some((f) => tollTo.has(f))) continue;
        const r = readCountAt(toks, k, at);
        if (r && r.value !== null) {
          count = { ...r, rule: "toll-rise" };
          break;
        }
      }
    }
    // Civilians among the victims: named after the word ("مقتل 3 مدنيين") or before it ("أربعة أشخاص قتلوا").
    // "مقتل 14 شخصاً": people counted as persons, not as fighters, are civilians ("مقتل جندي" counts
    // one person, an armed one).
    const persons = civilianPersonIn(c.last + 1, Math.max(c.last, count?.last ?? c.last) + 1);
    // "لقي شاب مصرعه": the one person a possessive counts stands right before it.
    const oneBefore = c.value.one === true && civilianPersonIn(Math.max(0, c.first - 2), c.first - 1);
    const civ = startsIn("civilian", c.last + 1, c.last + 5) || persons || oneBefore ||
      (count !== null && count.first < c.first && ofKindBetween(s, "civilian", count.first, c.first));
    if (civ && (count?.value ?? 1) !== 0) civilians = true;
    if (count) for (let k = count.first; k <= count.last; k++) claimed.add(k);
    const value = count?.value ?? null;
    spans.push({ first: Math.min(c.first, count?.first ?? c.first), last: Math.max(c.last, count?.last ?? c.last), rule: `casualties:${what}:${count?.rule ?? "no-count"}` });
    if (what === "killed") killed = keep(killed, value);
    else if (what === "injured") injured = keep(injured, value);
    else casualties = keep(casualties, value);
  }
  if (none && killed === null && casualties === null) killed = 0;
  if (none && injured === null && casualties === null) injured = 0;
  return { killed, injured, casualties, civilians, spans, mentioned };
}

type Count = { value: number | null; first: number; last: number; rule: string };

/** A word that joins a new conjunct ("وعدد", "و 4"): what follows it is not this word's count. */
const opensConjunct = (t: Token | undefined): boolean => t !== undefined && (t.conj || t.text === "و");

/**
 * The count attached to a casualty word: after it ("مقتل 3"), before it ("3 قتلى"), a dual, or
 * "مدني واحد". A count already read for another word of the sentence (`claimed`) and a count of a
 * part of the toll ("بينهم 4 نساء") are not this word's.
 */
function countNear(
  toks: readonly Token[],
  c: Annotation,
  at: (i: number, kind: string) => Annotation | undefined,
  rules: CasualtyRules,
  claimed: ReadonlySet<number>,
): Count | null {
  // The casualty word itself a dual (قتيلان، جريحين).
  if (at(c.first, "dual")) return { value: 2, first: c.first, last: c.last, rule: "dual" };
  // "قتلت قوات النظام 23 مسلحاً": the verb's subject stands between it and the count of its victims.
  const subject = at(c.last + 1, "actor");
  const from = subject && readCountAt(toks, subject.last + 1, at) ? subject.last + 1 : c.last + 1;
  for (let k = from; k <= from + 1 && k < toks.length; k++) {
    // "سقوط 14 قتيلاً وعدد كبير من الجرحى": a conjunct after the word is another phrase's count.
    const r = readCountAt(toks, k, at);
    if (r && opensConjunct(toks[k])) break;
    if (r) return r.value === null ? r : coordinated(toks, r, at);
    const d = at(k, "dual");
    if (d) return { value: 2, first: k, last: d.last, rule: "dual" };
    const p = at(k, "person");
    if (p) {
      const one = at(p.last + 1, "one");
      if (one) return { value: 1, first: k, last: one.last, rule: "person+one" };
      // "إصابة طفلة وشاب", "مقتل رجل وزوجته": one for each person joined to the first.
      let value = 1;
      let last = p.last;
      for (let j = p.last + 1; opensConjunct(toks[j]) && !at(j, "casualty"); ) {
        const next = at(toks[j]!.text === "و" ? j + 1 : j, "person");
        if (!next) break;
        value++;
        last = next.last;
        j = next.last + 1;
      }
      return { value, first: k, last, rule: value > 1 ? "persons-joined" : "person-singular" };
    }
    if (at(k, "civilian")) continue;
    break;
  }
  // Before the word: "3 قتلى", "ستة وخمسين مسلحاً على الأقل قتلوا" (persons and "at least" may stand between).
  const skippable = (k: number): boolean => ["person", "civilian", "lower-bound", "actor", "one"].some((kind) => s(k, kind));
  const s = (k: number, kind: string): boolean => at(k, kind) !== undefined || toksCovered(k, kind);
  const toksCovered = (k: number, kind: string): boolean => {
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const a = at(j, kind);
      if (a && a.last >= k) return true;
    }
    return false;
  };
  // "… بينهم طفلان وامرأة، وأصيب آخرون": a count in the list after "بينهم" counts part of a toll.
  const inSubcount = (k: number): boolean => {
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (toks[j]!.forms.some((f) => rules.subcount.has(f))) return true;
    return false;
  };
  for (let k = Math.max(0, c.first - 5); k < c.first; k++) {
    if (claimed.has(k) || inSubcount(k)) continue;
    const r = readCountAt(toks, k, at) ?? personCountAt(k, at);
    if (!r) continue;
    let ok = true;
    for (let j = r.last + 1; j < c.first; j++) {
      // "ثلاثة من عناصرها قتلوا": the partitive and the counted noun after it.
      if (toks[j]!.forms.some((f) => rules.partitive.has(f)) && j + 1 < c.first) {
        j++;
        continue;
      }
      if (!skippable(j)) ok = false;
    }
    if (ok) return r;
  }
  return null;
}

/** Persons counted by their noun before the casualty word: "شخصان قتلا", "شخصاً واحداً على الأقل أصيب". */
function personCountAt(k: number, at: (i: number, kind: string) => Annotation | undefined): Count | null {
  const d = at(k, "dual");
  if (d && d.value.kind === "dual" && d.value.what !== "killed" && d.value.what !== "injured") return { value: 2, first: k, last: d.last, rule: "dual-before" };
  const p = at(k, "person");
  const one = p ? at(p.last + 1, "one") : undefined;
  if (p && one) return { value: 1, first: k, last: one.last, rule: "person+one-before" };
  return null;
}

/**
 * "مقتل عشرة مدنيين وخمسة عناصر": counts of several groups joined after one casualty word add up
 * to its toll. A joined count followed by a casualty word of its own ("و5 جرحى") is not added.
 */
function coordinated(toks: readonly Token[], r: Count, at: (i: number, kind: string) => Annotation | undefined): Count {
  let value = r.value ?? 0;
  let last = r.last;
  for (;;) {
    // The counted noun (one word), then the conjunction with the next count.
    const noun = last + 1;
    if (!toks[noun] || toks[noun]!.kind !== "word" || opensConjunct(toks[noun]) || at(noun, "casualty")) break;
    const k = toks[noun + 1]?.text === "و" ? noun + 2 : noun + 1;
    if (k === noun + 1 && !toks[k]?.conj) break;
    const next = readCountAt(toks, k, at);
    if (!next || next.value === null || at(k, "lower-bound")) break;
    if (at(next.last + 1, "casualty") || at(next.last + 2, "casualty") || !toks[next.last + 1] || toks[next.last + 1]!.kind !== "word") break;
    value += next.value;
    last = next.last + 1;
  }
  return last === r.last ? r : { value, first: r.first, last, rule: `${r.rule}+joined` };
}

function civiliansNear(s: AnnotatedSentence, from: number): boolean {
  for (let k = from; k <= from + 4; k++) if (annotationsAt(s, k).some((a) => a.value.kind === "civilian")) return true;
  return false;
}

/** An annotation of this kind lies wholly between tokens `from` (inclusive) and `to` (exclusive). */
function ofKindBetween(s: AnnotatedSentence, kind: "civilian", from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (annotationsAt(s, k).some((a) => a.value.kind === kind && a.last < to)) return true;
  return false;
}
