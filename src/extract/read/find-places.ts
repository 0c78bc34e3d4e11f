import type { Geocode } from "../../places/create-geocoder.ts";
import type { PlaceEntry, PlaceKind } from "../../places/place-entry.ts";
import { formSetOf } from "../../text/form-set.ts";
import { normalizeKey } from "../../text/normalize.ts";
import type { Token } from "../../text/tokenize.ts";
import { AND, ARTICLE, FOR, hasArticle, hasProclitic, IN, IN_WORD } from "../../text/word-forms.ts";
import type { Annotation } from "../annotate/annotation.ts";
import { annotationsAt, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import type { PlaceMention } from "./place-mention.ts";
import type { PlaceNameRules } from "./place-name-rules.ts";

const KIND_PRECISION: Record<string, 1 | 2 | 3> = {
  town: 1, village: 1, city: 1, hill: 1, camp: 1, neighbourhood: 1, farm: 1, base: 1, valley: 1,
  // "على جبهة X" names a front after its village, as "على محور X" does.
  axis: 1, front: 1, area: 2, mountain: 2, plain: 2, road: 2, subdistrict: 2, district: 2, governorate: 3,
};
/** Kinds of populated places: a post or a countryside named "near" one is coded there. */
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(["city", "town", "village"]);
/** Kinds a village is not named after ("قرية X إدلب" is a village in Idlib, not "X إدلب"). */
const COARSE_KINDS: ReadonlySet<string> = new Set(["country", "governorate", "district", "subdistrict"]);
const ENTRY_PRECISION: Record<PlaceKind, 1 | 2 | 3> = {
  country: 3, governorate: 3, district: 2, subdistrict: 2, city: 1, town: 1, village: 1, neighbourhood: 1,
  hill: 1, mountain: 2, camp: 1, plain: 2, valley: 1, area: 2, axis: 2, base: 1, road: 2, farm: 1,
};

export interface PlaceContext {
  readonly geocode: Geocode;
  readonly rules: PlaceNameRules;
  readonly text: string;
  /** Governorate of the article so far (most named), a hint for unknown places. */
  readonly admin1Hint: string | null;
  /** The capital of the sentence's country (theatre data), for a bare "العاصمة". */
  readonly capital?: string | null;
  /** The capital of the country a demonym names (normalised), for "العاصمة اليمنية". */
  readonly capitalOfDemonym?: ReadonlyMap<string, string>;
}

interface NameSpan {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly ids: readonly string[] | null;
  /** Read from a word for "the capital" as the country's capital. */
  readonly capital?: boolean;
}

/** Stage 3: the places a sentence names, with their role and precision. */
export function findPlaces(s: AnnotatedSentence, ctx: PlaceContext): PlaceMention[] {
  const toks = s.sentence.tokens;
  // Tokens inside an actor, a trigger, a date … name no unknown place (1 = covered).
  const covered = new Uint8Array(toks.length);
  for (const a of s.annotations) {
    const k = a.value.kind;
    if (k !== "place" && k !== "place-word" && k !== "around" && k !== "direction" && k !== "civilian" && k !== "person" && k !== "people" && k !== "cue") {
      covered.fill(1, a.first, a.last + 1);
    }
  }
  const ann = (i: number, kind: string): Annotation | undefined => {
    for (const a of annotationsAt(s, i)) if (a.value.kind === kind) return a;
    return undefined;
  };
  const out: PlaceMention[] = [];
  let listNo = 0;

  const isStop = (t: Token | undefined): boolean =>
    !t || t.kind !== "word" || t.forms.some((f) => ctx.rules.stops.has(f));

  /** A name at token i: a gazetteer entity, or unknown words delimited by the rules. */
  const nameAt = (i: number, inList: boolean, unknownOk: boolean | "article" = true, afterHead = false): NameSpan | null => {
    let j = i;
    while (toks[j]?.kind === "punct" && ctx.rules.quotes.has(toks[j]!.text)) j++;
    const t = toks[j];
    if (!t) return null;
    const ent = ann(j, "place");
    if (ent && ent.value.kind === "place") {
      const start = nameStartOf(toks[j]!, ent.phrase.split(" ")[0]!);
      return { first: i, last: closeQuotes(ent.last), start, end: toks[ent.last]!.end, key: ent.phrase, ids: ent.value.ids };
    }
    // Right after a head, a definite head word is a village's name ("قريتي المزرعة وكناكر").
    const pw = ann(j, "place-word");
    const headAsName = afterHead && !!pw && pw.value.kind === "place-word" && !pw.value.plural && hasArticle(t.text);
    if (!unknownOk || t.kind !== "word" || covered[j] === 1 || isStop(t) || (pw && !headAsName) || ann(j, "around")) return null;
    if (unknownOk === "article" && !t.text.startsWith(ARTICLE)) return null;
    // Common words are no village's name ("محيط السجن", "قرب المدرسة") unless a head word announces
    // one ("قرية الحاضر"); the word as written decides.
    // A head word lets a common noun be a name ("مدينة البعث"), but not a verb or a group ("قرية تقع", "مقرات الميليشيا").
    const bare = normalizeKey(inList && t.conj ? t.text.slice(1) : t.text);
    if (ctx.rules.neverPlaceNames.has(bare) || (!afterHead && ctx.rules.notPlaceNames.has(bare))) return null;
    // "قرب منزله": a common noun with "his" (the ه of ة is the same letter once normalised) is no name.
    if (!afterHead && ctx.rules.nounPronounSuffixes.some((p) => bare.endsWith(p) && ctx.rules.notPlaceNames.has(bare.slice(0, -p.length)))) return null;
    if (t.text.length > 4 && ctx.rules.pronounSuffixes.some((p) => t.text.endsWith(p)) && !t.text.startsWith(ARTICLE)) return null;
    if (!inList && ctx.rules.adjectives.has(t.text)) return null;
    // Unknown name: strip a leading conjunction inside lists, then 1–3 words.
    const firstForm = inList && t.conj ? t.text.slice(1) : t.text;
    const start = t.end - firstForm.length;
    let last = j;
    const words = [firstForm];
    while (words.length < 3) {
      const nx = toks[last + 1];
      if (!nx || nx.kind !== "word" || nx.conj || covered[last + 1] === 1 || ann(last + 1, "around")) break;
      const prevIsPrefix = ctx.rules.prefixes.has(normalizeKey(words[words.length - 1]!));
      const isAdj = ctx.rules.adjectives.has(nx.text);
      // "جب أبو علي": a name's second part may itself open with a prefix word; it takes its complement.
      const opensPart = words.length === 1 && ctx.rules.kinshipPrefixes.has(normalizeKey(nx.text)) && toks[last + 2]?.kind === "word" && !toks[last + 2]!.conj;
      const afterKin = ctx.rules.kinshipPrefixes.has(normalizeKey(words[words.length - 1]!));
      if (!isAdj && !opensPart && (!prevIsPrefix || (isStop(nx) && !afterKin))) break;
      words.push(nx.text);
      last++;
    }
    // "مخيم “أهل الخير” للنازحين": a name opened by a quote runs to the closing quote (four words at most).
    if (j > i && toks[i]!.text === "\"") {
      for (let k = last + 1; k <= j + 4 && k < toks.length; k++) {
        const q = toks[k]!;
        if (q.kind === "punct" && q.text === "\"") {
          for (let w = last + 1; w < k; w++) words.push(toks[w]!.text);
          last = k - 1;
          break;
        }
        if (q.kind !== "word" || covered[k] === 1) break;
      }
    }
    // "قصف محيط العاصمة": the capital alone is the capital of the sentence's country.
    // A definite word after it says whose capital ("العاصمة اليمنية", "العاصمة الإدارية"): not read.
    const qualified = toks[last + 1]?.kind === "word" && hasArticle(toks[last + 1]!.text);
    const capital = words.length === 1 && ctx.capital && !qualified && ctx.rules.capitalWords.has(normalizeKey(firstForm)) ? normalizeKey(ctx.capital) : null;
    return { first: i, last: closeQuotes(last), start, end: toks[last]!.end, key: capital ?? normalizeKey(words.join(" ")), ids: null, ...(capital ? { capital: true } : {}) };
  };

  // "قتل عشرة أشخاص في تفجير داخل مطعم في العاصمة الصومالية", "بالعاصمة": the capital a word for
  // it names after "in" is the capital city, of the country its demonym names or else of the
  // sentence's. Before a name ("في العاصمة دمشق") the name is read instead. Only where the sentence
  // names no other place: "في حي X في العاصمة" is at X's town, read by the rules above.
  const capitalIn = (i: number): NameSpan | null => {
    const t = toks[i]!;
    if (t.kind !== "word" || !t.forms.some((f) => ctx.rules.capitalWords.has(f))) return null;
    if (!(toks[i - 1]?.text === IN_WORD || hasProclitic(t.text, IN))) return null;
    const next = toks[i + 1];
    const qualified = next?.kind === "word" && hasArticle(next.text);
    const named = qualified ? ctx.capitalOfDemonym?.get(normalizeKey(next!.text)) : undefined;
    if (qualified && !named) return null;
    if (named && ann(i + 2, "place")) return null;
    if (!named && (!ctx.capital || ann(i + 1, "place") || next?.kind === "word")) return null;
    const start = t.end - (t.forms.find((f) => ctx.rules.capitalWords.has(f)) ?? t.text).length;
    return { first: i, last: named ? i + 1 : i, start, end: t.end, key: named ?? normalizeKey(ctx.capital!), ids: null, capital: true };
  };

  const closeQuotes = (last: number): number => {
    let k = last;
    while (toks[k + 1]?.kind === "punct" && ctx.rules.quotes.has(toks[k + 1]!.text)) k++;
    return k;
  };

  // "حمص - … في حي الزهراء": the dateline's governorate tells a name shared by several governorates
  // where the sentence that opens the article has no earlier place to tell it.
  let datelineAdmin1: string | null = null;
  const resolve = (key: string, kindHint: PlaceKind | undefined, admin1: string | null): PlaceEntry | null => {
    if (!kindHint) {
      // A bare governorate name ("في إدلب") is the governorate; "مدينة إدلب" passes kindHint city.
      const gov = ctx.geocode(key, { kindHint: "governorate" });
      if (gov.entry?.kind === "governorate" && normalizeKey(gov.entry.name_ar) === key) return gov.entry;
      if (gov.entry?.kind === "governorate" && gov.entry.aliases_ar.some((a) => normalizeKey(a) === key)) return gov.entry;
    }
    const r = ctx.geocode(key, { admin1Hint: admin1 ?? ctx.admin1Hint ?? datelineAdmin1, ...(kindHint ? { kindHint } : {}) });
    // An unknown name gets no entry here; its governorate comes from the context instead.
    return r.rule.startsWith("unresolved") ? null : r.entry;
  };

  const push = (n: NameSpan, first: number, precisionHint: 1 | 2 | 3 | null, kindHint: PlaceKind | undefined, role: PlaceMention["role"], rule: string, list: number, admin1Hint: string | null): PlaceMention => {
    const entry = resolve(n.key, kindHint, admin1Hint);
    const precision = entry ? (precisionHint ?? ENTRY_PRECISION[entry.kind]) : (precisionHint ?? 1);
    const m: PlaceMention = { first, last: n.last, nameStart: n.start, nameEnd: n.end, key: n.key, entry, precision, role, admin1: entry?.admin1 ?? admin1Hint ?? ctx.admin1Hint, rule, list };
    out.push(m);
    return m;
  };

  /** Whether an unknown-looking name is a town, city or village of the gazetteer. */
  const settlementEntry = (key: string, admin1: string | null): boolean => {
    const e = resolve(key, undefined, admin1);
    return !!e && SETTLEMENT_KINDS.has(e.kind);
  };

  /** A place named right after "المتمركزة في" (one or two words before it). */
  // "قائد ميليشيا من مصراتة", "شاب من بلدة X": a person from a place.
  const personFrom = (first: number): boolean =>
    (toks[first - 1]?.forms.some((f) => ctx.rules.personOriginPrepositions.has(f)) ?? false) && (toks[first - 2]?.forms.some((f) => ctx.rules.personOriginNouns.has(f)) ?? false);
  // "أحد سكان بلدة X", "ينحدر من X": token k says where someone is from. The people of a place with
  // no partitive before them ("استيقظ أهالي X على معارك") saw the happening there: no origin.
  const residentsWord = (k: number): boolean => toks[k]?.forms.some((f) => ctx.rules.residentsWords.has(f)) ?? false;
  const originWord = (k: number): boolean => {
    const t = toks[k];
    if (!t?.forms.some((f) => ctx.rules.originMarkers.has(f))) return false;
    if (!residentsWord(k)) return true;
    return toks[k - 1]?.forms.some((f) => ctx.rules.residentsPartitives.has(f)) ?? false;
  };
  /** "استيقظ أهالي X": the people of the place named right after, with no partitive (rule place:residents). */
  const residentsBefore = (first: number): boolean => [first - 1, first - 2].some((k) => residentsWord(k) && !originWord(k));
  const stationedAt = (first: number): boolean =>
    [first - 1, first - 2].some((k) => toks[k]?.forms.some((f) => ctx.rules.stationedMarkers.has(f)));

  /** Governorate named right after (بريف إدلب، في محافظة حماة) for unknown places. */
  const admin1After = (from: number): string | null => {
    for (let k = from; k < Math.min(toks.length, from + 6); k++) {
      const e = ann(k, "place");
      if (e && e.value.kind === "place") {
        const entry = resolve(e.phrase, undefined, null);
        if (entry?.admin1) return entry.admin1;
      }
    }
    return null;
  };

  /** A town, city or village head within a few words after a place, in its clause. */
  const settlementAfter = (from: number): boolean => {
    for (let k = from; k < Math.min(toks.length, from + 5); k++) {
      const t = toks[k]!;
      if (t.kind === "punct" && t.text !== "”" && t.text !== "“" && t.text !== "\"") return false;
      const h = ann(k, "place-word");
      if (h && h.value.kind === "place-word" && SETTLEMENT_KINDS.has(h.value.placeKind) && !h.value.plural && !hasArticle(toks[h.first]!.text)) return true;
    }
    return false;
  };

  /**
   * Words right after an area's name that put it inside a town: a town head ("منطقة X بمدينة Y"),
   * the capital ("منطقة X بالعاصمة") or a neighbourhood ("منطقة X بحي Y"). A countryside or a
   * direction word first ("منطقة X بريف Y") keeps the area a place of its own.
   */
  const inTownAfter = (from: number): boolean => {
    for (let k = from; k < Math.min(toks.length, from + 3); k++) {
      const t = toks[k]!;
      if (t.kind !== "word" || ann(k, "around") || ann(k, "direction")) return false;
      const h = ann(k, "place-word");
      if (h && h.value.kind === "place-word") return !h.value.plural && !hasArticle(toks[h.first]!.text) && (SETTLEMENT_KINDS.has(h.value.placeKind) || h.value.placeKind === "neighbourhood");
      if (t.forms.some((f) => ctx.rules.insideTownWords.has(f))) return true;
      // "منطقة X بسراقب": a town of the gazetteer joined by "ب" right after the area's name.
      const e = k === from ? ann(k, "place") : undefined;
      if (e && e.value.kind === "place" && t.text.startsWith(IN)) return settlementEntry(e.phrase, null);
    }
    return false;
  };

  // Asked of every token: a form set remembers the answer per word (form-set.ts).
  const borderOpeners = formSetOf(ctx.rules.borderOpeners);
  /** "على الحدود السورية الأردنية", "على الحدود مع سورية": the border between the countries it names. */
  const borderAt = (i: number): number => {
    const t = toks[i];
    const before = toks[i - 1];
    // The opener first: one memo read for the word before, where the border word needs its text normalised.
    if (!t || t.kind !== "word" || !before || !borderOpeners.has(before) || !ctx.rules.borderWords.has(normalizeKey(t.text))) return -1;
    const next = toks[i + 1];
    if (next?.kind === "word" && next.forms.some((f) => ctx.rules.borderLinks.has(f))) {
      const e = ann(i + 2, "place");
      if (e && e.value.kind === "place" && resolve(e.phrase, undefined, null)?.kind === "country") return e.last;
      // A neighbour the sentence's country lexicons do not hold as a place ("على الحدود مع سورية" in a Jordanian report).
      const c = toks[i + 2];
      if (c?.kind === "word" && ctx.rules.borderCountries.has(normalizeKey(c.text))) return i + 2;
      if (c?.kind === "word" && toks[i + 3]?.kind === "word" && ctx.rules.borderCountries.has(normalizeKey(`${c.text} ${toks[i + 3]!.text}`))) return i + 3;
      return -1;
    }
    // Adjectives of countries, one or two, maybe joined by a dash ("السورية - الأردنية").
    let last = -1;
    for (let k = i + 1, n = 0; k < toks.length && n < 2; k++) {
      const w = toks[k]!;
      if (w.kind === "punct" && w.text === "-" && last >= 0) continue;
      if (w.kind !== "word" || w.conj || !ctx.rules.borderAdjectives.has(normalizeKey(w.text)) || covered[k] === 1) break;
      last = k;
      n++;
    }
    return last;
  };

  /**
   * "ميناء رأس عيسى في الحديدة", "مديرية X بتعز": a city named with في or ب right after a known place
   * of its own governorate, the governorate being named after it (محافظة الحديدة), stands for the
   * governorate: it only says where that place is.
   */
  const namesGovernorateOfPrevious = (i: number, key: string): boolean => {
    const prev = out[out.length - 1];
    const admin1 = prev?.entry?.admin1;
    if (!prev || !admin1 || prev.entry?.kind === "governorate") return false;
    const linked = (prev.last === i - 2 && toks[i - 1]?.text === IN_WORD) ||
      (prev.last === i - 1 && toks[i]!.text.startsWith(IN));
    if (!linked) return false;
    const city = resolve(key, undefined, null);
    if (!city || city.kind === "governorate" || city.admin1 !== admin1 || city.id === prev.entry?.id) return false;
    const gov = ctx.geocode(`${ctx.rules.governorateWord} ${key}`, { kindHint: "governorate" }).entry;
    return gov?.kind === "governorate" && gov.admin1 === admin1;
  };

  /** Whether the place at token i follows "الحدود (…) بين" (quotes and one qualifier between). */
  const borderBetween = (i: number): boolean => {
    let k = i - 1;
    while (k >= 0 && toks[k]!.kind === "punct" && ctx.rules.quotes.has(toks[k]!.text)) k--;
    if (!toks[k]?.forms.some((f) => ctx.rules.betweenWords.has(f))) return false;
    return [k - 1, k - 2].some((b) => toks[b]?.kind === "word" && ctx.rules.borderWords.has(normalizeKey(toks[b]!.text)));
  };

  /** The dash or slash that closes a dateline: right after the place, or after the date written with it. */
  const datelineEnd = (from: number): number => {
    for (let k = from; k < Math.min(toks.length, from + 4); k++) {
      const t = toks[k]!;
      if (t.kind === "punct" && (t.text === "-" || t.text === "/" || t.text === "–")) return k;
      if (t.kind !== "number" && !ann(k, "month")) return -1;
    }
    return -1;
  };

  for (let i = 0; i < toks.length; ) {
    const border = borderAt(i);
    if (border >= 0) {
      const start = toks[i]!.start;
      const end = toks[border]!.end;
      out.push({ first: i, last: border, nameStart: start, nameEnd: end, key: normalizeKey(ctx.text.slice(start, end)), entry: null, precision: 2, role: "target", admin1: null, rule: "place:border", list: -1 });
      i = border + 1;
      continue;
    }
    // Most tokens start no annotation, hence no place: each is passed over with one index read, not three.
    const here = annotationsAt(s, i);
    if (here.length === 0) {
      i++;
      continue;
    }
    const head = ann(i, "place-word");
    const around = ann(i, "around");
    const ent = ann(i, "place");
    // "فيما قصفت قوات النظام البلدة ذاتها": the head with "ذاتها" tells the last place of the sentence again.
    const same = head && !ent && toks[head.last + 1]?.forms.some((f) => ctx.rules.samePlaceWords.has(f)) ? [...out].reverse().find((o) => o.role === "target") : undefined;
    if (head && same) {
      out.push({ ...same, first: head.first, last: head.last + 1, list: -1, rule: "place:same-as-before" });
      i = head.last + 2;
      continue;
    }
    if (head && head.value.kind === "place-word" && !ent) {
      const kind = head.value.placeKind;
      const list = head.value.plural ? listNo++ : -1;
      let j = head.last + 1;
      if (toks[j]?.forms.some((f) => ctx.rules.headSkipWords.has(f))) j++;
      let prev: NameSpan | null = null;
      let first = true;
      let lastEnd = head.last;
      let innerHead: Annotation | null = null;
      while (j < toks.length) {
        // "بلدة وتل خطرة", "ومزرعة الراضي": a second head word joined by و. Under a plural head, a
        // definite head word after the first name is the next name ("بلدتي الكرك والمزرعة").
        const h2 = ann(j, "place-word");
        const h2IsName = !first && head.value.plural && !!h2 && h2.value.kind === "place-word" && !h2.value.plural && hasArticle(toks[j]!.text);
        if (h2 && toks[j]!.conj && !ann(j, "place") && !h2IsName) {
          innerHead = h2;
          j = h2.last + 1;
          continue;
        }
        // "انسحبوا من القرية حفاظاً": a head with the article points back; it names nothing new.
        // "منطقة الجبل الأحمر": a definite head right after an area's head opens the area's name; it points back to nothing.
        const named = ann(head.first - 1, "place-word")?.last === head.first - 1;
        const anaphoric = first && hasArticle(toks[head.first]!.text) && !toks[head.first]!.text.startsWith(`${ARTICLE}${FOR}`) && !named;
        const unknownOk = anaphoric ? false : ctx.rules.unknownNameKinds.has(kind) ? true : ctx.rules.namedBaseKinds.has(kind) ? "article" : false;
        const afterComma = toks[j - 1]?.text === ",";
        // After the first name under a plural area head, the names listed with it need no article ("مناطق المزرعة وكناكر").
        // "معسكر “بريديج”": the quoted name of an installation needs no article.
        const quoted = first && unknownOk === "article" && toks[j]?.kind === "punct" && ctx.rules.quotes.has(toks[j]!.text) && ctx.rules.quotedNameHeads.has(normalizeKey(head.phrase));
        const listOk = quoted || (!first && kind === "area" && unknownOk === "article") ? true : unknownOk;
        const n = nameAt(j, !first, afterComma && !toks[j]?.conj ? false : listOk, true);
        if (!n) break;
        // "منطقة السوق": a common noun after an area head is what the area has, not its name (a list
        // under a plural head, "مناطق المزرعة وكناكر", names places).
        if (kind === "area" && !head.value.plural && !n.ids && ctx.rules.notPlaceNames.has(n.key)) break;
        // "جبهة الساحل", "جبهات القتال": a front named by a common word is a region or the fighting, no village.
        if (kind === "front" && !n.ids && ctx.rules.notPlaceNames.has(n.key)) break;
        let span = n;
        // "قرية حوايج ذيبان": an unknown one-word name followed right away (no preposition) by a known
        // town's name is a village named after the town; the two words are one name.
        const nextPlace = !n.ids && n.last === n.first && SETTLEMENT_KINDS.has(kind) && !head.value.plural ? ann(n.last + 1, "place") : undefined;
        if (nextPlace && nextPlace.value.kind === "place" && !toks[n.last + 1]!.conj && normalizeKey(toks[n.last + 1]!.text) === nextPlace.phrase.split(" ")[0] && !COARSE_KINDS.has(resolve(nextPlace.phrase, undefined, null)?.kind ?? "")) {
          span = { ...n, last: nextPlace.last, end: toks[nextPlace.last]!.end, key: normalizeKey(`${n.key} ${nextPlace.phrase}`) };
        } else if (prev && !n.ids && ctx.rules.adjectives.has(n.key) && prev.key.split(" ").length === 1) {
          // "بلدتي نوحية شرقية وغربية": the adjective alone names the second village.
          const base = prev.key.split(" ")[0]!;
          span = { ...n, key: `${base} ${n.key}` };
        } else if (prev && !n.ids && ctx.rules.adjectives.has(n.key)) {
          const base = prev.key.split(" ").slice(0, -1).join(" ");
          span = { ...n, key: `${base} ${n.key}` };
        }
        // "جبلي X وY": a dual or plural head that is part of the names heads each of them, in the singular.
        const singular = head.value.singular;
        const h = first ? head : innerHead ?? (singular ? head : null);
        // A head that belongs to the name ("تل X") joins an unknown name; a desert area ("بادية تدمر") is another place than the town, known or not.
        const withHead = !!h && h.value.kind === "place-word" && h.value.inName && (!n.ids || h.value.placeKind === "area");
        // The name starts at its head word, except a plural head's later names, which start at their own words.
        const headStart = named && first && h === head ? nameStartOf(toks[h.first]!, h.phrase.split(" ")[0]!) : withHead ? toks[h!.first]!.end - lastWordLen(toks[h!.first]!, h!.phrase.split(" ")[0]!) : span.start;
        const nameStart = withHead && (first || h !== head) ? headStart : span.start;
        const headWord = h === head && singular ? singular : h?.phrase;
        const key = withHead && named && first && h === head ? normalizeKey(ctx.text.slice(nameStart, span.end)) : withHead ? normalizeKey(`${headWord} ${span.key}`) : span.key;
        innerHead = null;
        const adm = admin1After(span.last + 1);
        // A known place keeps its own kind's precision ("قرى جبل الزاوية" is the mountain area, not a village).
        // So does a town named after an area head ("مناطق المزرعة", a town the gazetteer knows).
        // A desert area over a known place ("بادية السلمية", "بادية حماة") is an area (precision 2) in that place's
        // governorate; over a governorate it is a region of it, as a countryside is ("بادية حماة" ~ "ريف حماة").
        const over = withHead && n.ids ? resolve(span.key, undefined, adm) : null;
        // "ناحية جلولاء", "قضاء صور": a division's head before a town's name names the division (an
        // area, precision 2), not the town it is named after.
        const division = !!n.ids && (kind === "district" || kind === "subdistrict");
        const hint = over || division ? (KIND_PRECISION[kind] ?? null) : n.ids || (kind === "area" && settlementEntry(span.key, adm)) ? null : (KIND_PRECISION[kind] ?? null);
        // "ساحة بصرى في مدينة درعا": a square or street is inside the town named with it; "أحد سكان بلدة X" is an origin.
        // "مخيم X للنازحين على أطراف قرية Y": a camp placed by the settlement named right after it is coded at the settlement.
        // "منطقة X بالعاصمة", "منطقة X بحي Y": an area named inside a town is coded at the town.
        // "طريق X - Y": a road named by the two villages or towns it joins is coded at the first (as
        // "بين X وY" is); the town is no street inside another town. A highway between cities
        // ("طريق دمشق - حمص") runs far from both and keeps to the rules of a street.
        const roadEnds = kind === "road" && !!n.ids && isDash(toks[span.last + 1]) && ROAD_END_KINDS.has(resolve(span.key, undefined, null)?.kind ?? "");
        const inside = (ctx.rules.insideTownKinds.has(kind) && !roadEnds) || (kind === "camp" && settlementAfter(span.last + 1)) || ((kind === "area" || kind === "base") && (!n.ids || !settlementEntry(span.key, adm)) && inTownAfter(span.last + 1));
        const origin = [head.first - 1, head.first - 2].some(originWord) || personFrom(head.first);
        // "قرية X المتاخمة لقرية Y", "بلدة X القريبة من بلدة Y": Y only says where X is.
        const container = [head.first - 1, head.first - 2].some((k) => toks[k]?.forms.some((f) => ctx.rules.adjacentMarkers.has(f)));
        // "قرية X التابعة لناحية Y", "حاجز قرية X بناحية Y": a subdistrict or district named right after a
        // village or town only says where it lies (its administrative container), no event place of its own.
        // "قرية X التابعة لبلدة Y", "قرية X الواقعة في منطقة Y": the town a village belongs to, named right after it.
        const afterVillage = first && out.some((o) => o.role === "target" && o.precision === 1 && o.last < head.first && head.first - o.last <= 3);
        const belongsTo = [head.first - 1, head.first - 2].some((k) => k > 0 && toks[k]?.forms.some((f) => ctx.rules.belongsToMarkers.has(f)));
        const adminOf = afterVillage && (kind === "subdistrict" || kind === "district" || belongsTo);
        const role = inside || origin || container || adminOf ? "reference" : "target";
        const settlement = kind === "city" || kind === "town" || kind === "village";
        push({ ...span, start: nameStart, key }, first ? head.first : n.first, hint, n.ids && !settlement ? undefined : kindOf(kind), role, inside ? "place:inside-town" : origin ? "place:origin" : container || adminOf ? "place:container" : `${over?.kind === "governorate" ? "place:head-region" : `place:head-${kind}`}${first && residentsBefore(head.first) ? "+place:residents" : ""}`, list, over?.admin1 ?? adm);
        prev = span;
        first = false;
        lastEnd = span.last;
        j = span.last + 1;
        if (!head.value.plural) break;
        const sep = toks[j];
        if (sep?.kind === "punct" && sep.text === ",") { j++; continue; }
        if (sep?.kind === "word" && sep.conj) continue;
        // "بلدتي كفرنبل و حاس": a و written apart from the next name joins it all the same.
        if (detachedAnd(sep)) { j++; continue; }
        break;
      }
      i = Math.max(i + 1, lastEnd + 1);
      continue;
    }
    if (around && around.value.kind === "around") {
      const word = around.phrase.split(" ").pop()!;
      let j = around.last + 1;
      const innerHead = ann(j, "place-word");
      if (innerHead) j = innerHead.last + 1;
      const inner = nameAt(j, false);
      if (inner) {
        const isCountryside = ctx.rules.countryside.has(word);
        const isNear = ctx.rules.near.has(word) || ctx.rules.near.has(around.phrase);
        const afterPlace = out.some((m) => m.last >= i - 2 && m.last < i);
        const isSurroundings = ctx.rules.surroundings.has(word) || (isNear && !afterPlace);
        // "حاجز X بمحيط مدينة Y", "على جبهة X في محيط بلدة Y": the surroundings of a town named right
        // after a precise place only say where that place is; the event is at the place.
        const locatesPrevious = ctx.rules.surroundings.has(word) && !toks[i]!.conj && !inner.capital &&
          out.some((m) => m.role === "target" && (m.precision === 1 || m.rule === "place:head-front") && m.last >= i - 2 && m.last < i && !stationedAt(m.first));
        const isOutskirts = ctx.rules.outskirts.has(word);
        let last = inner.last;
        while (ann(last + 1, "direction")) last = ann(last + 1, "direction")!.last;
        const innerEntry = resolve(inner.key, undefined, null);
        const coarse = innerEntry && (innerEntry.kind === "governorate" || innerEntry.kind === "country" || innerEntry.kind === "district");
        const innerInside = innerHead?.value.kind === "place-word" && ctx.rules.insideTownKinds.has(innerHead.value.placeKind);
        // "حاجز المطاحن قرب بلدة X": a post (checkpoint, camp, base) placed near a settlement is coded
        // at the settlement, the most specific populated place; the post stays a reference. (A countryside
        // placed near a village, "بريف X قرب قرية Y", was tried the same way: it cost a dev event.)
        const nearOf = isNear && afterPlace ? out.findIndex((m) => m.last >= i - 2 && m.last < i && m.role === "target" && m.rule === "place:head-base") : -1;
        const innerSettlement = innerHead?.value.kind === "place-word" ? SETTLEMENT_KINDS.has(innerHead.value.placeKind) && !innerHead.value.plural : !!innerEntry && SETTLEMENT_KINDS.has(innerEntry.kind);
        if (ctx.rules.centre.has(word) && innerSettlement && !innerInside) {
          // "وسط مدينة أريحا": the centre of a town is the town itself.
          const hk = innerHead?.value.kind === "place-word" ? kindOf(innerHead.value.placeKind) : undefined;
          push(inner, i, null, hk, "target", "place:town-centre", -1, null);
        } else if (ctx.rules.entrance.has(word) && innerSettlement && !innerInside) {
          // "استهدف القصف مدخل مدينة إدلب الشرقي": the entrance of a town is the town itself.
          const hk = innerHead?.value.kind === "place-word" ? kindOf(innerHead.value.placeKind) : undefined;
          push(inner, i, null, hk, "target", "place:town-entrance", -1, null);
        } else if (nearOf >= 0 && innerSettlement) {
          out[nearOf] = { ...out[nearOf]!, role: "reference", rule: "place:near-settlement-post" };
          const hk = innerHead?.value.kind === "place-word" ? kindOf(innerHead.value.placeKind) : undefined;
          push(inner, i, null, hk, "target", "place:near-settlement", -1, null);
        } else if (inner.capital && !isSurroundings && !isCountryside) {
          // "جنوب العاصمة", "قرب العاصمة": the capital city itself, as gold codes the capital's surroundings.
          push(inner, i, null, undefined, "target", "place:capital", -1, null);
          i = inner.last + 1;
          continue;
        } else if (locatesPrevious) {
          push(inner, i, null, undefined, "reference", "place:surroundings-of-previous", -1, null);
        } else if (isSurroundings && innerInside) {
          push(inner, i, null, undefined, "reference", "place:inside-town", -1, null);
        } else if (isSurroundings && innerHead?.value.kind === "place-word" && innerHead.value.inName && !innerHead.value.plural) {
          // "على أطراف بادية X", "في محيط تل X": a head that is part of the name stays in it (the desert
          // area is another place than the town X, as in "في بادية X").
          const kind = innerHead.value.placeKind;
          const headStart = toks[innerHead.first]!.end - lastWordLen(toks[innerHead.first]!, innerHead.phrase.split(" ")[0]!);
          const over = inner.ids ? resolve(inner.key, undefined, null) : null;
          push({ ...inner, start: headStart, key: normalizeKey(`${innerHead.phrase} ${inner.key}`) }, i, KIND_PRECISION[kind] ?? null, kindOf(kind), "target", "place:surroundings", -1, over?.admin1 ?? null);
        } else if (isSurroundings) {
          const hk = innerHead?.value.kind === "place-word" ? kindOf(innerHead.value.placeKind) : undefined;
          push(inner, i, null, hk, "target", "place:surroundings", -1, null);
        } else if (innerEntry?.kind === "country" && !isCountryside && !isOutskirts && !isSurroundings) {
          // "في مدينة X جنوبي سوريا", "شمال البلاد": a part of a whole country locates the places told
          // with it; it is no event place of its own (the gold codes none at such a region).
          push(inner, i, 3, undefined, "reference", "place:country-region", -1, null);
        } else if (isCountryside || isOutskirts || coarse) {
          // An area: "ريف إدلب الجنوبي", "ضواحي مدينة حلب", "جنوب إدلب".
          const start = toks[i]!.end - lastWordLen(toks[i]!, word.split(" ")[0]!);
          const text = ctx.text.slice(start, toks[last]!.end);
          // "بريف مدينة القامشلي", "ريف محافظة حماة": the countryside is named without the town's head word ("ريف القامشلي").
          const named = innerHead && !(innerHead.value.kind === "place-word" && innerHead.value.inName) ? `${ctx.text.slice(start, toks[innerHead.first]!.start)}${ctx.text.slice(inner.start, toks[last]!.end)}` : text;
          const precision = innerEntry?.kind === "country" ? 3 : 2;
          // "هجوم شنّه مسلحون انطلاقاً من ريف X", "قوات قادمة من ريف X": the area a force set out from
          // is no event place (a town's name there is a container, below).
          const contained = [i - 1, i - 2].some((k) => toks[k]?.forms.some((f) => ctx.rules.departureMarkers.has(f)));
          // "ريف إدلب - …": an area written as the dateline is where the report was filed, a reference
          // only (as a town's dateline below).
          const dash = i === 0 ? datelineEnd(last + 1) : -1;
          const role = contained || dash >= 0 ? "reference" : "target";
          const rule = dash >= 0 ? "place:dateline" : contained ? "place:container" : isCountryside ? "place:countryside" : "place:area-around";
          const m: PlaceMention = { first: i, last, nameStart: start, nameEnd: toks[last]!.end, key: normalizeKey(named), entry: innerEntry, precision, role, admin1: innerEntry?.admin1 ?? null, rule, list: -1 };
          out.push(m);
          if (dash >= 0) {
            datelineAdmin1 = m.admin1;
            i = dash + 1;
            continue;
          }
        } else {
          push(inner, i, null, undefined, "reference", "place:reference", -1, null);
        }
        i = last + 1;
        continue;
      }
    }
    if (ent && ent.value.kind === "place") {
      const n = nameAt(i, false)!;
      // "بين أنقرة ودمشق", "حكومة دمشق": a capital coordinated with an actor, or after "government", names a government.
      const prevAnn = s.annotations.find((a) => a.last === i - 1 && a.value.kind === "actor");
      const govWord = toks[i - 1]?.forms.some((f) => ctx.rules.governmentWords.has(f)) ?? false;
      // "القصف الجديد", "الاشتباك القصير": a definite word right after a definite event noun qualifies
      // it (an adjective agreeing with it); a place after such a noun comes with a preposition ("الاشتباك في القصير").
      const prevTrig = s.annotations.find((a) => a.last === i - 1 && a.value.kind === "trigger" && a.value.entry.pos === "noun");
      const qualifies = !!prevTrig && hasArticle(toks[prevTrig.first]!.text) && toks[i]!.text.startsWith(ARTICLE) && n.last === i;
      if ((prevAnn && toks[i]!.conj) || govWord || qualifies) {
        i = n.last + 1;
        continue;
      }
      const dash = i === 0 ? datelineEnd(n.last + 1) : -1;
      if (dash >= 0) {
        // A dateline ("دمشق - …", "دمشق 3 آذار 2024 / …") names where the report was filed, not where it
        // happened: a reference mention (rule place:dateline), never an event place (choosePlaces), but
        // its governorate settles an ambiguous town named after it.
        datelineAdmin1 = push(n, i, null, undefined, "reference", "place:dateline", -1, null).admin1;
        i = dash + 1;
        continue;
      }
      // "قرب الحدود الفاصلة بين X وY": the places a border runs between only say where it runs; the
      // happening is at the border, at neither of them.
      if (borderBetween(i)) {
        i = n.last + 1;
        continue;
      }
      // "التابعة لحارم", "الواقعة في ريف حماة": the container of the place just named.
      const contained = [i - 1, i - 2].some((k) => toks[k]?.forms.some((f) => ctx.rules.containerMarkers.has(f)) || originWord(k)) || personFrom(i) ||
        // "مناطق سيطرة المعارضة في سهل الغاب": areas someone controls, not where something happened.
        [i - 2, i - 3, i - 4].some((k) => toks[k]?.forms.some((f) => ctx.rules.controlWords.has(f)) && toks[k - 1]?.forms.some((f) => ctx.rules.controlHeads.has(f)));
      // "طريق X - Y": the road's other end only says where it leads.
      const roadEnd = !contained && isDash(toks[i - 1]) && out.some((o) => o.rule === "place:head-road" && o.last === i - 2);
      if (roadEnd) {
        const m = push(n, i, null, undefined, "reference", "place:road-other-end", -1, admin1After(n.last + 1));
        i = m.last + 1;
        continue;
      }
      // "هاجموا مقراً لقيادة لواء البصيرة": the town names the brigade; the attack is not placed by it.
      if (!contained && toks[i - 1]?.forms.some((f) => ctx.rules.unitNameHeads.has(f))) {
        const m = push(n, i, null, undefined, "reference", "place:unit-name", -1, null);
        i = m.last + 1;
        continue;
      }
      const seat = !contained && namesGovernorateOfPrevious(i, n.key);
      const m = push(n, i, null, undefined, contained || seat ? "reference" : "target", contained ? "place:container" : seat ? "place:governorate-seat" : residentsBefore(i) ? "place:gazetteer+place:residents" : "place:gazetteer", -1, admin1After(n.last + 1));
      i = m.last + 1;
      continue;
    }
    i++;
  }
  // A sentence that names no place but the capital, by the word for it, is at the capital.
  if (!out.some((m) => m.role === "target")) {
    for (let k = 0; k < toks.length; k++) {
      const capital = capitalIn(k);
      if (capital) {
        push(capital, k, null, undefined, "target", "place:capital", -1, null);
        break;
      }
    }
  }
  // "قصف مخيم أبو شوك", "في مدينة الصدر": a place the gazetteer puts inside a town (a camp at its
  // edge, a district of a city) is coded at the town, written as the article writes it elsewhere
  // (its longest name found in the text: "الخرطوم بحري" rather than "بحري"), else by its own name.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const town = m.entry?.within ? resolve(normalizeKey(m.entry.within), undefined, null) : null;
    if (!town) continue;
    const names = [town.name_ar, ...town.aliases_ar].sort((a, b) => b.length - a.length);
    const spelled = names.find((n) => ctx.text.includes(normalizeKey(n))) ?? town.name_ar;
    out[k] = { ...m, key: normalizeKey(town.name_ar), entry: town, precision: ENTRY_PRECISION[town.kind], admin1: town.admin1 ?? m.admin1, rule: `${m.rule}+within-town`, spelled };
  }
  // "قصفت القوات المتمركزة في تل X بلدة Y": where the attacking force is stationed is no event place
  // when the sentence names another one after it (the force stationed in X may itself be the target,
  // "قصفت الطائرات القوات المتمركزة في بلدة X", and X is then the event's place).
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.role === "target" && stationedAt(m.first) && out.some((o) => o.role === "target" && o.first > m.last)) {
      out[k] = { ...m, role: "reference", rule: "place:stationed" };
    }
  }
  markLists(out, toks);
  const since = sinceClauses(s, ctx.rules);
  const kept = since.length ? out.filter((m) => !since.some(([a, b]) => a <= m.first && m.first <= b)) : out;
  return firstBetween(kept, toks, ctx.rules.betweenWords);
}

/**
 * "بين بلدتي X وY", "بين X وY": the happening between two places is coded at the first; the
 * second only says where the first is.
 */
function firstBetween(mentions: readonly PlaceMention[], toks: readonly Token[], between: ReadonlySet<string>): PlaceMention[] {
  const opened = new Set<number>();
  for (const m of mentions) {
    if (m.list >= 0 && toks[m.first - 1]?.forms.some((f) => between.has(f)) && !mentions.some((o) => o.list === m.list && o.first < m.first)) opened.add(m.list);
  }
  if (!opened.size) return [...mentions];
  const firstOf = new Map<number, PlaceMention>();
  for (const m of mentions) if (opened.has(m.list) && !firstOf.has(m.list)) firstOf.set(m.list, m);
  return mentions.map((m) => (opened.has(m.list) && firstOf.get(m.list) !== m ? { ...m, role: "reference" as const, rule: "place:between-second" } : m));
}

/**
 * Gazetteer places joined by و or "،" with nothing else between form a list ("في كفرنبل ومعرة
 * النعمان"); a place joined to a reference ("باتجاه الهبيط شرقاً وقلعة المضيق غرباً") is one too.
 */
function markLists(mentions: PlaceMention[], toks: readonly Token[]): void {
  let next = 1000;
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    let b = mentions[k]!;
    const gap = b.first - a.last;
    const joined = (gap === 1 && toks[b.first]!.conj) || (gap === 2 && (toks[a.last + 1]!.text === "," || detachedAnd(toks[a.last + 1]) || (toks[b.first]!.conj && toks[a.last + 1]!.kind === "word"))) ||
      // "انطلاقاً من تل عثمان باتجاه الشرق ومن قرية الحماميات": و starts the next item after a short phrase.
      (gap <= 4 && a.role === "reference" && toks[b.first - 1]?.conj === true);
    // "مدينة القائم غرب البلاد ومدينة البوكمال": a reference that only places the target right before it
    // ("غرب البلاد" of القائم) hands no reference role on; the place joined after it is the target's peer.
    const placesPrevious = k >= 2 && mentions[k - 2]!.role === "target" && a.rule === "place:reference" && a.first - mentions[k - 2]!.last <= 1;
    if (joined && !placesPrevious && a.role === "reference" && b.role === "target" && (b.rule.startsWith("place:gazetteer") || b.rule.startsWith("place:head"))) {
      b = { ...b, role: "reference", rule: "place:reference-list" };
      mentions[k] = b;
    }
    if (joined && b.role === a.role) {
      const list = a.list >= 0 ? a.list : next++;
      mentions[k - 1] = { ...a, list };
      mentions[k] = { ...b, list };
    }
  }
}

function kindOf(k: string): PlaceKind | undefined {
  const map: Record<string, PlaceKind> = { town: "town", village: "village", city: "city", hill: "hill", mountain: "mountain", camp: "camp", plain: "plain", valley: "valley", neighbourhood: "neighbourhood", farm: "farm", base: "base", subdistrict: "subdistrict", district: "district", governorate: "governorate", area: "area", axis: "axis" };
  return map[k];
}

/** Where the lexicon word starts inside a token with proclitics ("بريف" → the "ريف"). */
function nameStartOf(t: Token, form: string): number {
  // Keep the article: "الحاضر" matched through its bare form "حاضر" is still named "الحاضر".
  if (t.text.endsWith(`${ARTICLE}${form}`)) return t.end - form.length - ARTICLE.length;
  return t.text.endsWith(form) ? t.end - form.length : t.start;
}
function lastWordLen(t: Token, form: string): number {
  return t.text.endsWith(form) ? form.length : t.text.length;
}

const ROAD_END_KINDS: ReadonlySet<string> = new Set(["village", "town"]);

/** A و written as a word of its own ("كفرنبل و حاس"), as some outlets type it. */
function detachedAnd(t: Token | undefined): boolean {
  return t?.kind === "word" && t.text === AND;
}

/** A dash between two names ("طريق X - Y", "X-Y"). */
function isDash(t: Token | undefined): boolean {
  return t?.kind === "punct" && (t.text === "-" || t.text === "–" || t.text === "—");
}

const TIME_KINDS: ReadonlySet<string> = new Set(["month", "weekday", "relative-day", "relative-range", "number-word"]);

/**
 * "منذ توغلت القوات في مناطق X وY، …", "منذ سيطرة الفصائل على X": token spans of "since" clauses that
 * name a past happening, to the next punctuation mark (eight words at most). A clause that names a
 * time ("منذ ساعات الصباح", "منذ 15 آذار") or a start ("منذ بداية …") is no such clause.
 */
function sinceClauses(s: AnnotatedSentence, rules: PlaceNameRules): (readonly [number, number])[] {
  const toks = s.sentence.tokens;
  const isIn = (k: number, set: ReadonlySet<string>): boolean => toks[k]?.forms.some((f) => set.has(f)) ?? false;
  const out: (readonly [number, number])[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    if (!isIn(i, rules.sinceWords)) continue;
    const k = i + 1;
    // "منذ بداية هجوم التنظيم على السجن": the start of a happening still going on is the news's own
    // (its toll since then is the news's); "منذ بداية العام" is a time. Neither is a past turn.
    if (isIn(k, rules.sinceOpeners)) continue;
    const t = toks[k];
    if (!t || t.kind !== "word" || isIn(k, rules.sinceTimeWords) || annotationsAt(s, k).some((a) => TIME_KINDS.has(a.value.kind))) continue;
    let end = k;
    while (end + 1 < toks.length && end + 1 <= i + 8 && toks[end + 1]!.kind !== "punct") end++;
    out.push([k, end]);
  }
  return out;
}
