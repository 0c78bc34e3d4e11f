import type { Annotation } from "./annotation.ts";
import { withAnnotations, type AnnotatedSentence } from "./annotate-sentence.ts";
import type { CompiledLexicons } from "../prepare/compiled-lexicons.ts";

/**
 * Stage: a group named again by a definite noun. News names a group once in full and then by its
 * kind: "هاجم تنظيم داعش حاجزاً … وقال المصدر إن مسلحي التنظيم انسحبوا". The noun ("التنظيم") is an
 * actor of the last group of that kind named before it in the article: one whose name begins with
 * the noun's head word ("تنظيم حراس الدين"), or one of the keys the noun is known to stand for
 * ("داعش"). With none named before, the noun stays a common noun.
 */
export function resolveAnaphors(sentences: readonly AnnotatedSentence[], lex: Pick<CompiledLexicons, "actorAnaphors">): AnnotatedSentence[] {
  if (!lex.actorAnaphors.size) return [...sentences];
  const last = new Map<string, Annotation>();
  const out: AnnotatedSentence[] = [];
  for (const s of sentences) {
    const toks = s.sentence.tokens;
    const extra: Annotation[] = [];
    const covered = (i: number): boolean => s.annotations.some((a) => (a.value.kind === "actor" || a.value.kind === "place" || a.value.kind === "source") && a.first <= i && i <= a.last);
    const actors = s.annotations.filter((a) => a.value.kind === "actor");
    let next = 0;
    for (let i = 0; i < toks.length; i++) {
      // Groups named up to this word are the ones it may point back to.
      for (; next < actors.length && actors[next]!.first < i; next++) remember(actors[next]!, last, lex);
      const t = toks[i]!;
      if (t.kind !== "word" || covered(i)) continue;
      const word = t.forms.find((f) => lex.actorAnaphors.has(f));
      const antecedent = word && last.get(word);
      if (!antecedent) continue;
      extra.push({ first: i, last: i, value: antecedent.value, phrase: antecedent.phrase, match: "surface" });
    }
    for (; next < actors.length; next++) remember(actors[next]!, last, lex);
    out.push(extra.length ? withAnnotations(s, extra) : s);
  }
  return out;
}

/** A group named: the last of each anaphor's kind it may be. */
function remember(a: Annotation, last: Map<string, Annotation>, lex: Pick<CompiledLexicons, "actorAnaphors">): void {
  if (a.value.kind !== "actor") return;
  for (const [word, { head, keys }] of lex.actorAnaphors) {
    if (keys.has(a.value.key) || a.phrase.split(" ")[0] === head) last.set(word, a);
  }
}
