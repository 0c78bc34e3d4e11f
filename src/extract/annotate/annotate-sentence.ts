import type { Annotation, AnnotationKind, AnnotationValue } from "./annotation.ts";
import type { CompiledLexicons } from "../prepare/compiled-lexicons.ts";
import type { Sentence } from "../prepare/prepare-document.ts";

/** A sentence with every lexicon layer matched. Token indices are sentence-relative. */
export interface AnnotatedSentence {
  readonly sentence: Sentence;
  readonly annotations: readonly Annotation[];
}

/** Stage 2: match every lexicon layer; triggers inside actor, place or source names are dropped. */
export function annotateSentence(sentence: Sentence, lex: CompiledLexicons): AnnotatedSentence {
  const all: Annotation[] = [];
  const entitySpans: Annotation[] = [];
  for (const layer of lex.layers) {
    for (const m of layer.matcher.findAll(sentence.tokens)) {
      const a: Annotation = { first: m.first, last: m.last, value: m.value, phrase: m.phrase, match: m.match };
      // "السورية" is an adjective, not the place "سورية": a name without "ال" does not match a word with it.
      if (m.value.kind === "place" && hasArticleMismatch(sentence.tokens[m.first]!.forms, m.phrase.split(" ")[0]!)) continue;
      // A three-letter name reached by stripping letters ("فرقه" → "رقه") is a coincidence, not a place.
      if (m.value.kind === "place" && m.first === m.last && m.phrase.length <= 3 && !shortNameFits(sentence.tokens[m.first]!.text, m.phrase)) continue;
      if (layer.name === "entity") entitySpans.push(a);
      else if (layer.name === "calendar" && dropsPlaceNamedLikeDay(a, entitySpans, all)) {
        // "الخميس", "الجمعة": a weekday or month that a gazetteer also lists as a village is the day.
      } else if (entitySpans.some((e) => overlaps(e, a)) && layer.name !== "person" && layer.name !== "civilian" && layer.name !== "casualty" && layer.name !== "cue") continue;
      all.push(a);
    }
  }
  all.sort((a, b) => a.first - b.first || b.last - a.last);
  return { sentence, annotations: all };
}

/** Remove a one-word place that is exactly this calendar word; true when there was one. */
function dropsPlaceNamedLikeDay(day: Annotation, entities: Annotation[], all: Annotation[]): boolean {
  const same = (e: Annotation): boolean => e.value.kind === "place" && e.first === day.first && e.last === day.last;
  const place = entities.find(same);
  if (!place) return false;
  entities.splice(entities.indexOf(place), 1);
  all.splice(all.indexOf(place), 1);
  return true;
}

/** A short name fits its word as itself, with the article, or after و/ب ("وبنش", "ببنش"), not after other letters. */
function shortNameFits(word: string, name: string): boolean {
  return word === name || word.endsWith(`ال${name}`) || ((word.startsWith("و") || word.startsWith("ب")) && word.slice(1) === name);
}

function hasArticleMismatch(forms: readonly string[], first: string): boolean {
  return !first.startsWith("ال") && forms.includes(`ال${first}`);
}

function overlaps(a: Annotation, b: Annotation): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The annotations of one kind, narrowed. */
export function ofKind<K extends AnnotationKind>(s: AnnotatedSentence, kind: K): Array<Annotation & { value: Extract<AnnotationValue, { kind: K }> }> {
  return s.annotations.filter((a) => a.value.kind === kind) as Array<Annotation & { value: Extract<AnnotationValue, { kind: K }> }>;
}
