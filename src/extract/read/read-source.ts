import type { Annotation } from "../annotate/annotation.ts";
import { ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";

/** Who a sentence credits: a named source, or an anonymous head ("مصادر محلية", "مراسل X"). */
export interface SourceReading {
  readonly name: string;
  readonly first: number;
  readonly last: number;
  readonly rule: string;
}

/** Stage: attribution. The original-text slice of the source phrase, or null. */
export function readSource(s: AnnotatedSentence, original: (start: number, end: number) => string, stops: ReadonlySet<string>): SourceReading | null {
  const toks = s.sentence.tokens;
  const heads = ofKind(s, "source-head");
  const named = ofKind(s, "source");
  const text = (a: Annotation, last = a.last): string => original(toks[a.first]!.start, toks[last]!.end).replace(/^[وفب]?(?=ال|م)/, "");
  // "أعلنت وزارة الدفاع التركية …": an actor right after an attribution verb is the source.
  const cue = ofKind(s, "attribution")[0];
  const speaker = cue && s.annotations.find((a) => a.value.kind === "actor" && a.first === cue.last + 1);
  if (speaker && (!heads[0] || heads[0].first > speaker.first)) return { name: text(speaker), first: speaker.first, last: speaker.last, rule: "source:speaking-actor" };
  const head = heads[0];
  if (head) {
    // "مراسل سانا", "مصدر ميداني لـ«الوطن»": the head with the named outlet next to it.
    const n = named.find((x) => x.first > head.last && x.first - head.last <= 3);
    if (n) return { name: text(head, n.last).replace(/[«»"“”]/g, ""), first: head.first, last: n.last, rule: "source:head+named" };
    // "مراسل حلب اليوم إن …", "شبكة الرصد المحلية أن …": the head and the words naming it, up to إن/أن.
    let last = head.last;
    while (last + 1 < toks.length && last - head.last < 3) {
      const t = toks[last + 1]!;
      if (t.kind !== "word" || s.annotations.some((a) => a.first <= last + 1 && last + 1 <= a.last && a.value.kind !== "place" && a.value.kind !== "source" && a.value.kind !== "relative-day" && a.value.kind !== "attribution" && a.value.kind !== "source-head")) break;
      if (stops.has(t.text)) break;
      last++;
    }
    return { name: text(head, last), first: head.first, last, rule: "source:head" };
  }
  const n = named[0];
  if (n && n.value.kind === "source") return { name: n.value.name, first: n.first, last: n.last, rule: "source:named" };
  return null;
}
