import type { Annotation } from "./annotation.ts";
import { ofKind, type AnnotatedSentence } from "./annotate-sentence.ts";

/** Who a sentence credits: a named source, or an anonymous head ("مصادر محلية", "مراسل X"). */
export interface SourceReading {
  readonly name: string;
  readonly first: number;
  readonly last: number;
  readonly rule: string;
}

/** Stage: attribution. The original-text slice of the source phrase, or null. */
export function readSource(s: AnnotatedSentence, original: (start: number, end: number) => string): SourceReading | null {
  const toks = s.sentence.tokens;
  const heads = ofKind(s, "source-head");
  const named = ofKind(s, "source");
  const text = (a: Annotation, last = a.last): string => original(toks[a.first]!.start, toks[last]!.end).replace(/^[وفب]?(?=ال|م)/, "");
  const head = heads[0];
  if (head) {
    // "مراسل سانا", "مصدر ميداني لـ«الوطن»": the head with the named outlet next to it.
    const n = named.find((x) => x.first > head.last && x.first - head.last <= 3);
    if (n) return { name: text(head, n.last).replace(/[«»"“”]/g, ""), first: head.first, last: n.last, rule: "source:head+named" };
    return { name: text(head), first: head.first, last: head.last, rule: "source:head" };
  }
  const n = named[0];
  if (n && n.value.kind === "source") return { name: n.value.name, first: n.first, last: n.last, rule: "source:named" };
  return null;
}
