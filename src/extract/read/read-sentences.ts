import type { Geocode } from "../../places/create-geocoder.ts";
import { originalSpan } from "../../text/normalize.ts";
import type { AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import { findPlaces } from "./find-places.ts";
import type { PlaceMention } from "./place-mention.ts";
import type { PlaceNameRules } from "./place-name-rules.ts";
import type { Document } from "../prepare/prepare-document.ts";
import { isPluperfect, namesPastMonth, namesTimeAgo, readDate, yearsNamed, type DateReading } from "./read-date.ts";
import { readSource } from "./read-source.ts";
import type { RoleRules } from "./role-rules.ts";

/** Why a sentence codes no event, before any trigger is read. */
export type SentenceSkip =
  /** It dates its happening more than 40 days before the reference day. */
  | "background:far-date"
  /** It names only past years ("في عام 2020"). */
  | "background:past-year"
  /** "قبل خمس سنوات". */
  | "background:time-ago"
  /** A month and year with no day ("بحلول أيلول 2016"). */
  | "background:month-year"
  /** Last month, or a month named as past ("في آذار الماضي", "الشهر الماضي"). */
  | "background:past-month"
  /** "وكانت القوات قد سيطرت …" with no day of this news cycle: what had happened before. */
  | "background:pluperfect"
  /** A headline or subtitle: it summarises the report, it codes nothing. */
  | "headline";

/** What one sentence says before its events are coded: places, day, source, and whether it is news. */
export interface SentenceReading {
  readonly s: AnnotatedSentence;
  readonly places: readonly PlaceMention[];
  readonly date: DateReading | null;
  readonly source: string | null;
  readonly skip: SentenceSkip | null;
  /** The first sentence of its paragraph: places of the last paragraph are not carried over. */
  readonly opensParagraph: boolean;
}

export interface ReadingContext {
  /** The geocoder of a sentence's country (by sentence index). */
  readonly geocodeOf: (sentence: number) => Geocode;
  /** The capital of a sentence's country (by sentence index), from the theatre file. */
  readonly capitalOf?: (sentence: number) => string | null;
  /** The capital of the country a demonym names (normalised: "الصوماليه" → "مقديشو"), from the theatre file. */
  readonly capitalOfDemonym?: ReadonlyMap<string, string>;
  readonly placeNames: PlaceNameRules;
  readonly roles: RoleRules;
}

const DAY = 86_400_000;

/**
 * Stage: read each sentence in order. Places (unknown places get the governorate the article
 * names most so far), the day (a sentence with none takes the article's lead date, then the
 * publication day at week precision), the credited source (kept through its paragraph and through
 * "وأضاف"), and whether it tells news or background.
 */
export function readSentences(doc: Document, annotated: readonly AnnotatedSentence[], reference: string | null, ctx: ReadingContext): SentenceReading[] {
  const { article, norm } = doc;
  const original = (start: number, end: number): string => {
    const o = originalSpan(norm, start, end);
    return article.text.slice(o.start, o.end);
  };
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  const admin1Counts = new Map<string, number>();
  const out: SentenceReading[] = [];
  let lead = null as DateReading | null;
  let lastSource: string | null = null;
  let lastSourceParagraph = -1;
  let lastParagraph = -1;

  for (const s of annotated) {
    const sentence = s.sentence;
    const opensParagraph = sentence.paragraph !== lastParagraph;
    lastParagraph = sentence.paragraph;
    const hint = [...admin1Counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const places = findPlaces(s, { geocode: ctx.geocodeOf(sentence.index), rules: ctx.placeNames, text: norm.text, admin1Hint: hint, capital: ctx.capitalOf?.(sentence.index) ?? null, capitalOfDemonym: ctx.capitalOfDemonym });
    for (const p of places) if (p.admin1) admin1Counts.set(p.admin1, (admin1Counts.get(p.admin1) ?? 0) + 1);
    const skipped = (skip: SentenceSkip): void => void out.push({ s, places, date: null, source: null, skip, opensParagraph });

    let date = readDate(s, reference);
    const years = yearsNamed(s, ctx.roles.yearMarkers);
    if (date?.date && reference && Date.parse(reference) - Date.parse(date.date) > 40 * DAY) { skipped("background:far-date"); continue; }
    if (!date && years.length > 0 && years.every((y) => (refYear ? y < refYear : true))) { skipped("background:past-year"); continue; }
    // "أعاق المتظاهرون عمل البرلمان أمس في إطار حملة بدأت قبل ستة أشهر": history told beside a day
    // of this news cycle is the background of the news, not the sentence's whole content.
    if (!(date?.rule.startsWith("date:relative(") ?? false) && namesTimeAgo(s, ctx.roles.backgroundBefore, ctx.roles.backgroundUnits)) { skipped("background:time-ago"); continue; }
    if (date && date.precision === 3 && date.rule === "date:month-year") { skipped("background:month-year"); continue; }
    if ((date && date.precision === 3 && date.rule === "date:relative-range" && date.date && reference && date.date < reference.slice(0, 8) + "01") || namesPastMonth(s, ctx.roles.pastWords, ctx.roles.monthPrepositions)) { skipped("background:past-month"); continue; }
    if (!date && isPluperfect(s, ctx.roles)) { skipped("background:pluperfect"); continue; }
    // "آخرها تفجير في المدينة أواخر الشهر الماضي" in an undated report: last month or last year is
    // another month than the news's, though no day can be worked out.
    if (date?.rule === "date:relative-no-published" && date.undated?.startsWith("range") && Number(date.undated.slice(5)) <= -28) { skipped("background:past-month"); continue; }
    const leadDate: DateReading | null = lead;
    if (!date && leadDate) date = { ...leadDate, first: -1, last: -1, rule: "date:lead" };
    if (!date && article.published) date = { date: article.published, precision: 2, first: -1, last: -1, rule: "date:published" };
    // The first dated sentence gives the article's lead date, used where a sentence names no day.
    if (date && date.first >= 0 && !lead) lead = date;
    if (sentence.headline) { skipped("headline"); continue; }

    const src = readSource(s, original, ctx.roles.sourceNameStops);
    const continues = sentence.tokens[0] ? sentence.tokens[0].forms.some((f) => ctx.roles.continuation.has(f)) : false;
    // A sentence with no attribution of its own keeps the last one of its paragraph, or one it continues (وأضاف).
    const source = src?.name ?? (continues || sentence.paragraph === lastSourceParagraph ? lastSource : null);
    if (src) {
      lastSource = src.name;
      lastSourceParagraph = sentence.paragraph;
    }
    out.push({ s, places, date, source, skip: null, opensParagraph });
  }
  return out;
}
