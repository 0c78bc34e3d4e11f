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

export const NO_CASUALTIES: CasualtyReading = { killed: null, injured: null, casualties: null, civilians: false, spans: [], mentioned: false };

/**
 * Stage: casualties. "مقتل 3 مدنيين", "3 قتلى", "قتيلان", "مقتل مدني واحد", "مقتل وإصابة 12"
 * (total only), "من دون وقوع إصابات" (0 and 0), "عدد من" (null). The lowest figure wins when a
 * sentence gives two for one kind (ACLED's conservative rule).
 */
export function readCasualties(s: AnnotatedSentence, from = 0, partitive: ReadonlySet<string> = new Set(), tollTo: ReadonlySet<string> = new Set(), to = Infinity): CasualtyReading {
  const toks = s.sentence.tokens;
  const at = (i: number, kind: string): Annotation | undefined => annotationsAt(s, i).find((a) => a.value.kind === kind);
  const startsIn = (kind: string, from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (at(k, kind)) return true;
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
    mentioned = true;
    if (what === "none") {
      killed = keep(killed, 0);
      injured = keep(injured, 0);
      spans.push({ first: c.first, last: c.last, rule: "casualties:none" });
      continue;
    }
    let count = c.value.one ? { value: 1, first: c.first, last: c.last, rule: "pronoun-one" } : countNear(toks, c, at, partitive);
    if ((!count || count.value === null) && toks[c.last + 1]?.forms.some((f) => tollTo.has(f))) {
      // "ارتفعت حصيلة القتلى إلى خمسة": the new figure after "إلى".
      const r = readCountAt(toks, c.last + 2, at);
      if (r && r.value !== null) count = { ...r, rule: "toll-to" };
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
    // "مقتل 14 شخصاً": people counted as persons, not as fighters, are civilians.
    const persons = startsIn("person", c.last + 1, Math.max(c.last, count?.last ?? c.last) + 1);
    const civ = startsIn("civilian", c.last + 1, c.last + 5) || persons ||
      (count !== null && count.first < c.first && ofKindBetween(s, "civilian", count.first, c.first));
    if (civ && (count?.value ?? 1) !== 0) civilians = true;
    const value = count?.value ?? null;
    spans.push({ first: Math.min(c.first, count?.first ?? c.first), last: Math.max(c.last, count?.last ?? c.last), rule: `casualties:${what}:${count?.rule ?? "no-count"}` });
    if (what === "killed") killed = keep(killed, value);
    else if (what === "injured") injured = keep(injured, value);
    else casualties = keep(casualties, value);
  }
  return { killed, injured, casualties, civilians, spans, mentioned };
}

/** The count attached to a casualty word: before it ("3 قتلى"), after it ("مقتل 3"), a dual, or "مدني واحد". */
function countNear(
  toks: readonly Token[],
  c: Annotation,
  at: (i: number, kind: string) => Annotation | undefined,
  partitive: ReadonlySet<string>,
): { value: number | null; first: number; last: number; rule: string } | null {
  // The casualty word itself a dual (قتيلان، جريحين).
  if (at(c.first, "dual")) return { value: 2, first: c.first, last: c.last, rule: "dual" };
  for (let k = c.last + 1; k <= c.last + 2 && k < toks.length; k++) {
    const r = readCountAt(toks, k, at);
    if (r) return r;
    const d = at(k, "dual");
    if (d) return { value: 2, first: k, last: d.last, rule: "dual" };
    const p = at(k, "person");
    if (p) {
      const one = at(p.last + 1, "one");
      return { value: 1, first: k, last: one ? one.last : p.last, rule: one ? "person+one" : "person-singular" };
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
  for (let k = Math.max(0, c.first - 5); k < c.first; k++) {
    const r = readCountAt(toks, k, at);
    if (!r) continue;
    let ok = true;
    for (let j = r.last + 1; j < c.first; j++) {
      // "ثلاثة من عناصرها قتلوا": the partitive and the counted noun after it.
      if (toks[j]!.forms.some((f) => partitive.has(f)) && j + 1 < c.first) {
        j++;
        continue;
      }
      if (!skippable(j)) ok = false;
    }
    if (ok) return r;
  }
  return null;
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
