import { AND, ARTICLE, FOR, IN } from "../../text/word-forms.ts";
import { formSetOf } from "../../text/form-set.ts";
import type { Annotation, AnnotationKind, AnnotationOfKind, AnnotationValue } from "./annotation.ts";
import type { CompiledLexicons } from "../prepare/compiled-lexicons.ts";
import type { Sentence } from "../prepare/prepare-document.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";

/** A sentence with every lexicon layer matched. Token indices are sentence-relative. */
export interface AnnotatedSentence {
  readonly sentence: Sentence;
  readonly annotations: readonly Annotation[];
}

/**
 * Stage 2: match every lexicon layer; triggers inside actor, place or source names are dropped.
 * `found`: the layers' matches when a pass already made them (sentence-pass.ts), in `lex.layers` order.
 */
export function annotateSentence(sentence: Sentence, lex: CompiledLexicons, found: ReadonlyArray<readonly PhraseMatch<AnnotationValue>[]> = lex.matcher.findAll(sentence.tokens)): AnnotatedSentence {
  const all: Annotation[] = [];
  const entitySpans: Annotation[] = [];
  let placeWordEnds: ReadonlySet<number> | undefined;
  for (let k = 0; k < lex.layers.length; k++) {
    const layer = lex.layers[k]!;
    for (const m of found[k]!) {
      // A match is already an annotation's shape (first, last, value, phrase, match): kept as it is.
      const a: Annotation = m;
      // "السورية" is an adjective, not the place "سورية": a name without "ال" does not match a word with it.
      if (m.value.kind === "place" && hasArticleMismatch(sentence.tokens[m.first]!.forms, m.phrase.split(" ")[0]!)) continue;
      // A three-letter name reached by stripping letters ("فرقه" → "رقه") is a coincidence, not a place.
      if (m.value.kind === "place" && m.first === m.last && m.phrase.length <= 3 && !shortNameFits(sentence.tokens[m.first]!.text, m.phrase)) continue;
      // "عائلتي أبو سبت": a weekday after a kinship word is part of a family's name, not the day.
      if (m.value.kind === "weekday" && m.first > 0 && sentence.tokens[m.first - 1]!.forms.some((f) => lex.weekdayNameOpeners.has(f))) continue;
      // "باتجاه مدينة خميس مشيط": a weekday right after a place's head word is the place's name.
      if (m.value.kind === "weekday" && m.first > 0 && (placeWordEnds ??= endsOf(found, lex, "place-word")).has(m.first - 1)) continue;
      if (layer.name === "entity") entitySpans.push(a);
      else if (layer.name === "calendar" && dropsPlaceNamedLikeDay(a, entitySpans, all)) {
        // "الخميس", "الجمعة": a weekday or month that a gazetteer also lists as a village is the day.
      } else if (entitySpans.some((e) => overlaps(e, a) && !strikeInWeaponName(e, a)) && layer.name !== "person" && layer.name !== "civilian" && layer.name !== "casualty" && layer.name !== "cue") continue;
      all.push(a);
    }
  }
  const groups = readArmedGroups(sentence, all, lex);
  // "فصائل مسلحة درزية": a generic name followed by an identity word is that community's group.
  const read = groups.length ? all.filter((a) => !(a.value.kind === "actor" && a.value.generic && groups.some((g) => g.first === a.first && g.last > a.last))) : all;
  read.push(...groups);
  read.push(...readNamedUnits(sentence, read, lex));
  const names = operationNames(sentence, lex);
  const kept = names.length ? read.filter((a) => !((a.value.kind === "trigger" || a.value.kind === "place") && names.some((n) => n.first <= a.first && a.last <= n.last))) : read;
  kept.sort((a, b) => a.first - b.first || b.last - a.last);
  return new IndexedSentence(sentence, kept);
}

/** The last tokens of one layer's matches. */
function endsOf(found: ReadonlyArray<readonly PhraseMatch<AnnotationValue>[]>, lex: CompiledLexicons, layer: string): ReadonlySet<number> {
  const k = lex.layers.findIndex((l) => l.name === layer);
  return new Set(k < 0 ? [] : found[k]!.map((m) => m.last));
}

/** The sentence with annotations added by a later reader (resolve-anaphors.ts), in sentence order. */
export function withAnnotations(s: AnnotatedSentence, extra: readonly Annotation[]): AnnotatedSentence {
  const all = [...s.annotations, ...extra].sort((a, b) => a.first - b.first || b.last - a.last);
  return new IndexedSentence(s.sentence, all);
}

/**
 * "جراء غارة إسرائيلية": an actor named by its strike (an air or artillery alias) names the strike
 * too, so an air-strike or shelling trigger inside it is kept beside the actor.
 */
function strikeInWeaponName(entity: Annotation, a: Annotation): boolean {
  if (entity.value.kind !== "actor" || !(entity.value.air || entity.value.artillery) || a.value.kind !== "trigger") return false;
  const sub = a.value.entry.sub_event_type;
  return sub === "Air/drone strike" || sub === "Shelling/artillery/missile attack";
}

/**
 * An annotated sentence that carries its own index (built on first use): the readers ask it many
 * times per sentence, and a WeakMap entry per sentence cost a lookup per question and work for
 * every garbage collection while the sentence lived.
 */
class IndexedSentence implements AnnotatedSentence {
  readonly sentence: Sentence;
  readonly annotations: readonly Annotation[];
  #index: SentenceIndex | null = null;

  constructor(sentence: Sentence, annotations: readonly Annotation[]) {
    this.sentence = sentence;
    this.annotations = annotations;
  }

  get index(): SentenceIndex {
    return (this.#index ??= buildIndex(this));
  }
}

/** The key of an armed group the catalogue does not list; written OTHER:<name as in the text> on output. */
export const UNLISTED_GROUP = "OTHER";

/**
 * Armed groups the catalogue does not list, named by a head and an identity word within two words
 * ("مقاتلو العشائر", "المجموعات المسلحة الدرزية", "أبناء العشائر العربية"), where no actor or place
 * is already read. One qualifier after it is kept ("العربية", roles.json).
 */
function readArmedGroups(sentence: Sentence, found: readonly Annotation[], lex: CompiledLexicons): Annotation[] {
  const toks = sentence.tokens;
  const { heads, identities, qualifiers, named, partitive } = lex.armedGroups;
  const taken = (i: number): boolean => found.some((a) => (a.value.kind === "actor" || a.value.kind === "place") && a.first <= i && i <= a.last);
  const out: Annotation[] = [];
  // "فصائل مسلحة درزية", "المسلحين الدروز": a generic name of armed men with an identity word right
  // after it names that community's group, not the opposition.
  for (const g of found) {
    if (g.value.kind !== "actor" || !g.value.generic) continue;
    const next = toks[g.last + 1];
    if (!next || next.kind !== "word" || taken(g.last + 1) || firstIn(next.forms, identities) === undefined) continue;
    let last = g.last + 1;
    const q = toks[last + 1];
    if (q && q.kind === "word" && firstIn(q.forms, qualifiers) !== undefined && !taken(last + 1)) last++;
    out.push({ first: g.first, last, value: { kind: "actor", key: UNLISTED_GROUP, air: false, artillery: false, generic: false }, phrase: [g.phrase, ...toks.slice(g.last + 1, last + 1).map((t) => t.text)].join(" "), match: "surface" });
  }
  // Every token is asked whether it is a head: the answer is remembered per word (form-set.ts).
  const headWords = formSetOf(heads);
  for (let i = 0; i < toks.length; i++) {
    if (!headWords.has(toks[i]!)) continue;
    const head = firstIn(toks[i]!.forms, heads);
    if (!head || taken(i) || out.some((g) => g.first <= i && i <= g.last)) continue;
    let last = -1;
    for (let j = i; j <= i + 3 && j < toks.length; j++) {
      const t = toks[j]!;
      if (t.kind !== "word" || (j > i && taken(j))) break;
      if (firstIn(t.forms, identities) !== undefined) last = j;
      else if (last >= 0) break;
    }
    if (last < 0) continue;
    // "مجموعات من عشائر البدو": the group is named after the partitive.
    let first = i;
    const after = toks[i + 1];
    if (after && firstIn(after.forms, partitive) !== undefined && i + 2 <= last) first = i + 2;
    // A head alone ("عشائر") names no group; it needs its identity word.
    if (last === first) continue;

    const next = toks[last + 1];
    // "أبناء قبيلة الدليم": a tribe is named by the word after it, a definite name.
    if (firstIn(toks[last]!.forms, named) !== undefined && next?.kind === "word" && next.text.startsWith(ARTICLE) && !next.conj && !taken(last + 1) && firstIn(next.forms, identities) === undefined) last++;
    else if (next && firstIn(next.forms, qualifiers) !== undefined && !taken(last + 1)) last++;
    const words = first === i ? [head, ...toks.slice(i + 1, last + 1).map((t) => t.text)] : toks.slice(first, last + 1).map((t) => t.text);
    // The span keeps the head (roles read "بين مجموعات من …" from it); the phrase is the name.
    out.push({ first: i, last, value: { kind: "actor", key: UNLISTED_GROUP, air: false, artillery: false, generic: false }, phrase: words.join(" "), match: "surface" });
    i = last;
  }
  return out;
}

const QUOTES = new Set(['"', "«", "»", "“", "”", "'"]);

/**
 * The names of military operations, as token spans: "أطلقت الفصائل معركة «غضب الساحل»", "عملية
 * “فجر حلب”", "ما تسمى معارك نصر الله وإن …". A name is often made of war words and place names
 * (a strike, a victory, the town the campaign aims at); they name the campaign, not a strike or
 * the place of the fighting. A name is quoted (one to five words) right after an operation head or
 * a naming word; unquoted, it follows a naming word and a head and runs to a conjunction or a
 * punctuation mark (three words at most).
 */
function operationNames(sentence: Sentence, lex: CompiledLexicons): { first: number; last: number }[] {
  const toks = sentence.tokens;
  const { heads, naming, namingVerbs } = lex.operations;
  const isQuote = (i: number): boolean => toks[i]?.kind === "punct" && QUOTES.has(toks[i]!.text);
  const is = (i: number, set: ReadonlySet<string>): boolean => toks[i]?.kind === "word" && firstIn(toks[i]!.forms, set) !== undefined;
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const head = is(i, heads);
    if (!head && !is(i, naming)) continue;
    // "معركة «…»", "اسم «…»"; "تسمى معركة «…»", "عملية تسمى «…»": a head and a naming word together.
    const pair = head ? is(i + 1, naming) : is(i + 1, heads);
    const j = pair ? i + 2 : i + 1;
    if (isQuote(j)) {
      for (let k = j + 1; k <= j + 6 && k < toks.length; k++) {
        if (isQuote(k)) { if (k > j + 1) { out.push({ first: j + 1, last: k - 1 }); i = k; } break; }
        if (toks[k]!.kind === "punct") break;
      }
    } else if (pair && (is(i, namingVerbs) || is(i + 1, namingVerbs))) {
      // Unquoted, only after both a head and a naming verb ("ما يسمى معارك نصر الله"; "الناطق باسم
      // عمليات المدينة" speaks for a command).
      let last = -1;
      for (let k = j; k < j + 3 && k < toks.length; k++) {
        if (toks[k]!.kind !== "word" || (k > j && toks[k]!.conj)) break;
        last = k;
      }
      if (last >= 0) { out.push({ first: j, last }); i = last; }
    }
  }
  return out;
}

/**
 * Armed units the catalogue does not list, named by a unit head and their own name: a number, a
 * quoted name or one definite word, a number may follow ("أرسل لواء الصقور تعزيزات", "الفرقة 47",
 * "كتيبة \"درع 9\""). A unit is an armed group whose side is unknown (OTHER:<name>) unless the text
 * says whose it is right after it: "التابع لقوات النظام" gives the owner's key, "التابعة لـ\"حركة
 * النجم\"" (an owner the catalogue does not list, quoted) gives OTHER:<owner>.
 */
function readNamedUnits(sentence: Sentence, found: readonly Annotation[], lex: CompiledLexicons): Annotation[] {
  const toks = sentence.tokens;
  const { heads, nameStops, owner } = lex.armedUnits;
  const taken = (i: number): boolean => found.some((a) => (a.value.kind === "actor" || a.value.kind === "place") && a.first <= i && i <= a.last);
  const isQuote = (i: number): boolean => toks[i]?.kind === "punct" && QUOTES.has(toks[i]!.text);
  const out: Annotation[] = [];
  for (let i = 0; i < toks.length; i++) {
    const head = firstIn(toks[i]!.forms, heads);
    if (!head || toks[i]!.kind !== "word" || taken(i)) continue;
    let last = -1;
    const n = toks[i + 1];
    if (!n || taken(i + 1)) continue;
    if (n.kind === "number") last = i + 1;
    else if (isQuote(i + 1)) {
      // A quoted name of one to four words.
      for (let j = i + 2; j <= i + 6 && j < toks.length; j++) {
        if (isQuote(j)) { if (j > i + 2) last = j; break; }
        if (toks[j]!.kind === "punct") break;
      }
    } else if (n.kind === "word" && n.text.startsWith(ARTICLE) && !n.forms.some((f) => nameStops.has(f)) && firstIn(n.forms, heads) === undefined) {
      last = i + 1;
      if (toks[i + 2]?.kind === "number") last = i + 2;
    }
    if (last < 0) continue;
    let key = UNLISTED_GROUP;
    let nameFirst = i;
    let end = last;
    // "التابع لقوات النظام", "التابعة لـ\"حركة النجم\"": whose the unit is.
    const o = toks[last + 1];
    if (o && o.kind === "word" && firstIn(o.forms, owner) !== undefined) {
      const actor = found.find((a) => a.value.kind === "actor" && (a.first === last + 2 || a.first === last + 3) && a.value.key !== UNLISTED_GROUP);
      if (actor && actor.value.kind === "actor") key = actor.value.key;
      else {
        let q = last + 2;
        if (toks[q]?.kind === "word" && (toks[q]!.text === FOR || toks[q]!.text === `${FOR}ـ`)) q++;
        if (isQuote(q)) {
          for (let j = q + 1; j <= q + 6 && j < toks.length; j++) {
            if (isQuote(j)) { if (j > q + 1) { nameFirst = q + 1; end = j - 1; } break; }
            if (toks[j]!.kind === "punct") break;
          }
        }
      }
    }
    const words = toks.slice(nameFirst, end + 1).filter((t) => t.kind !== "punct").map((t) => t.text);
    // The span covers the unit (and an unlisted owner's name); the phrase is the name written on output.
    out.push({ first: i, last: key === UNLISTED_GROUP ? Math.max(end, last) : last, value: { kind: "actor", key, air: false, artillery: false, generic: false }, phrase: (nameFirst === i ? [head, ...words.slice(1)] : words).join(" "), match: "surface" });
    i = last;
  }
  return out;
}

/** The first of a token's forms in the set (a loop: this runs for every token of every sentence). */
function firstIn(forms: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (const f of forms) if (set.has(f)) return f;
  return undefined;
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
  return word === name || word.endsWith(`${ARTICLE}${name}`) || ((word.startsWith(AND) || word.startsWith(IN)) && word.slice(1) === name);
}

function hasArticleMismatch(forms: readonly string[], first: string): boolean {
  return !first.startsWith(ARTICLE) && forms.includes(`${ARTICLE}${first}`);
}

function overlaps(a: Annotation, b: Annotation): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * The annotations of one kind, narrowed, in sentence order: the sentence index's own list, not a
 * copy (the readers ask for kinds many times per sentence). Read-only: a caller that sorts copies.
 */
export function ofKind<K extends AnnotationKind>(s: AnnotatedSentence, kind: K): readonly AnnotationOfKind<K>[] {
  return (indexOf(s).byKind.get(kind) ?? NONE) as readonly AnnotationOfKind<K>[];
}

/** The annotations that start at token `i`. */
export function annotationsAt(s: AnnotatedSentence, i: number): readonly Annotation[] {
  return indexOf(s).byFirst[i] ?? NONE;
}

const NONE: readonly Annotation[] = [];

interface SentenceIndex {
  /** By token: the annotations starting there (undefined where none does). */
  readonly byFirst: ReadonlyArray<readonly Annotation[] | undefined>;
  readonly byKind: ReadonlyMap<AnnotationKind, readonly Annotation[]>;
}

/**
 * Annotations by first token and by kind, built once per sentence: the readers look up "what starts
 * here" many times, and a scan of every annotation each time made a long sentence cost its square.
 * A sentence annotateSentence made keeps its index; one built by hand (tests, scripts) has it here.
 */
const indexes = new WeakMap<AnnotatedSentence, SentenceIndex>();

function indexOf(s: AnnotatedSentence): SentenceIndex {
  if (s instanceof IndexedSentence) return s.index;
  let index = indexes.get(s);
  if (!index) indexes.set(s, (index = buildIndex(s)));
  return index;
}

function buildIndex(s: AnnotatedSentence): SentenceIndex {
  const byFirst: Annotation[][] = [];
  const byKind = new Map<AnnotationKind, Annotation[]>();
  for (const a of s.annotations) {
    (byFirst[a.first] ??= []).push(a);
    (byKind.get(a.value.kind) ?? byKind.set(a.value.kind, []).get(a.value.kind)!).push(a);
  }
  return { byFirst, byKind };
}
