import type { Token } from "../../text/tokenize.ts";
import type { Annotation } from "../annotate/annotation.ts";

/** A count read at a token: its value (null for vague quantifiers) and the tokens it spans. */
export interface CountReading {
  readonly value: number | null;
  readonly first: number;
  readonly last: number;
  readonly rule: string;
}

/**
 * Reads a count starting at token i: digits ("12", "٣"), number words, compounds ("خمسة وعشرين"),
 * a lower bound before it ("أكثر من 20" → 20), or a vague quantifier ("عدد من" → null).
 */
export function readCountAt(tokens: readonly Token[], i: number, at: (i: number, kind: string) => Annotation | undefined): CountReading | null {
  let k = i;
  let rule = "count";
  const lb = at(k, "lower-bound");
  if (lb) {
    k = lb.last + 1;
    rule = "count:lower-bound";
  }
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === "number") {
    const v = Number(t.text.replace(",", "."));
    if (!Number.isInteger(v) || v >= 1900) return null;
    return { value: v, first: i, last: k, rule: `${rule}:digits` };
  }
  const w = at(k, "number-word");
  if (w && w.value.kind === "number-word") {
    let value = w.value.value;
    let last = w.last;
    // Compounds: "خمسة وعشرون", "مئة وعشرين".
    const nx = at(last + 1, "number-word");
    if (nx && nx.value.kind === "number-word" && tokens[last + 1]!.conj) {
      value += nx.value.value;
      last = nx.last;
    }
    return { value, first: i, last, rule: `${rule}:words` };
  }
  const v = at(k, "vague");
  if (v) return { value: null, first: i, last: v.last, rule: "count:vague" };
  return null;
}
