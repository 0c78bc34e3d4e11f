import { formSetOf } from "../../text/form-set.ts";
import type { DatePrecision } from "../../model/conflict-event.ts";
import type { Annotation } from "../annotate/annotation.ts";
import { ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";

/** A date read in a sentence. `date` null with `background` true means the sentence tells history. */
export interface DateReading {
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly first: number;
  readonly last: number;
  readonly rule: string;
  /**
   * With no reference day, which day the words still tell apart ("اليوم" 0, "أمس" −1, a weekday
   * "wd3"): events of today and of yesterday stay two events though neither can be dated.
   */
  readonly undated?: string;
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * Stage: dates, resolved against the publication day (GUIDELINES): اليوم = published, أمس = −1,
 * a weekday = the most recent such day on or before published, "15 آذار 2021" explicit. A day and
 * month without a year take the year of publication (or the previous one when that would be in
 * the future); with no publication day they give no date.
 */
export function readDate(s: AnnotatedSentence, published: string | null): DateReading | null {
  const pub = published ? Date.parse(`${published}T00:00:00Z`) : NaN;
  const toks = s.sentence.tokens;
  // Explicit dates first: "15 آذار 2021", "21 سبتمبر".
  for (const m of ofKind(s, "month")) {
    const dayTok = toks[m.first - 1];
    // "كانون الثاني/يناير 2024": the second naming of the month stands between month and year.
    const twin = toks[m.last + 1]?.text === "/" ? ofKind(s, "month").find((x) => x.first === m.last + 2) : undefined;
    const yearAt = twin ? twin.last + 1 : m.last + 1;
    const yearTok = toks[yearAt];
    const day = dayTok?.kind === "number" ? Number(dayTok.text) : NaN;
    const year = yearTok?.kind === "number" && /^(19|20)\d\d$/.test(yearTok.text) ? Number(yearTok.text) : NaN;
    const month = m.value.month;
    if (!Number.isNaN(day) && day >= 1 && day <= 31) {
      let y = year;
      if (Number.isNaN(y)) {
        if (Number.isNaN(pub)) return { date: null, precision: null, first: m.first - 1, last: m.last, rule: "date:day-month-no-year" };
        const py = new Date(pub).getUTCFullYear();
        y = Date.UTC(py, month - 1, day) > pub ? py - 1 : py;
      }
      return { date: iso(Date.UTC(y, month - 1, day)), precision: 1, first: m.first - 1, last: Number.isNaN(year) ? m.last : yearAt, rule: "date:explicit" };
    }
    if (!Number.isNaN(year)) {
      return { date: iso(Date.UTC(year, month - 1, 1)), precision: 3, first: m.first, last: m.last + 1, rule: "date:month-year" };
    }
  }
  // "الليلة الماضية وصباح اليوم": the latest day named.
  const rel = [...ofKind(s, "relative-day")].sort((a, b) => b.value.offset - a.value.offset)[0];
  const wd = ofKind(s, "weekday")[0];
  if (rel && !Number.isNaN(pub)) {
    return { date: iso(pub + rel.value.offset * DAY), precision: 1, first: rel.first, last: Math.max(rel.last, adjacent(wd, rel)), rule: `date:relative(${rel.phrase})` };
  }
  if (wd && !Number.isNaN(pub)) {
    const back = (new Date(pub).getUTCDay() - wd.value.day + 7) % 7;
    return { date: iso(pub - back * DAY), precision: 1, first: wd.first, last: wd.last, rule: "date:weekday" };
  }
  const range = ofKind(s, "relative-range")[0];
  if (range && !Number.isNaN(pub)) {
    return { date: iso(pub + range.value.offset * DAY), precision: range.value.precision, first: range.first, last: range.last, rule: "date:relative-range" };
  }
  if (rel || wd || range) {
    const a = (rel ?? wd ?? range)!;
    const undated = rel ? `day${rel.value.offset}` : wd ? `weekday${wd.value.day}` : `range${range!.value.offset}`;
    return { date: null, precision: null, first: a.first, last: a.last, rule: "date:relative-no-published", undated };
  }
  return null;
}

function adjacent(wd: Annotation | undefined, rel: Annotation): number {
  return wd && Math.abs(wd.first - rel.last) <= 2 ? wd.last : rel.last;
}

/** "قبل خمس سنوات", "قبل 3 أعوام": the sentence tells history. */
export function namesTimeAgo(s: AnnotatedSentence, before: ReadonlySet<string>, units: ReadonlySet<string>): boolean {
  const toks = s.sentence.tokens;
  // Every token is asked: the answer is remembered per word (form-set.ts).
  const beforeWords = formSetOf(before);
  return toks.some((t, i) => {
    if (!beforeWords.has(t)) return false;
    const next = toks[i + 1];
    const unitAt = next && (next.kind === "number" || s.annotations.some((a) => a.first === i + 1 && a.value.kind === "number-word")) ? i + 2 : i + 1;
    return toks[unitAt]?.forms.some((f) => units.has(f)) ?? false;
  });
}

/** Years a sentence names with a year marker ("عام 2020", "منذ 2011", "في 2019"). */
export function yearsNamed(s: AnnotatedSentence, markers: ReadonlySet<string>): number[] {
  const toks = s.sentence.tokens;
  const out: number[] = [];
  toks.forEach((t, i) => {
    if (t.kind !== "number" || !/^(19|20)\d\d$/.test(t.text)) return;
    const prev = toks[i - 1];
    if (prev && prev.forms.some((f) => markers.has(f))) out.push(Number(t.text));
  });
  return out;
}

/**
 * "في آذار الماضي": the sentence dates itself to a month gone by ("في" + month + past word) and
 * names no day of the news cycle. "وقف إطلاق النار في أواخر تموز الماضي" dates a ceasefire, not
 * the sentence, and is left alone.
 */
export function namesPastMonth(s: AnnotatedSentence, pastWords: ReadonlySet<string>, prepositions: ReadonlySet<string>): boolean {
  const toks = s.sentence.tokens;
  if (ofKind(s, "relative-day").length || ofKind(s, "weekday").length) return false;
  const months = ofKind(s, "month");
  const prepositionAt = (k: number): boolean => toks[k]?.forms.some((f) => prepositions.has(f)) ?? false;
  const pastAt = (k: number): boolean => toks[k]?.forms.some((f) => pastWords.has(f)) ?? false;
  return months.some((m) => {
    // "في نيسان الماضي", "منذ 15 أبريل الماضي": the day may stand between the preposition and the month.
    const opened = prepositionAt(m.first - 1) || (toks[m.first - 1]?.kind === "number" && prepositionAt(m.first - 2));
    // "أبريل/نيسان الماضي": a month written in both calendars, joined by a slash.
    const other = toks[m.last + 1]?.text === "/" ? months.find((o) => o.first === m.last + 2) : undefined;
    return opened && (pastAt(m.last + 1) || (!!other && pastAt(other.last + 1)));
  });
}

/**
 * "وكانت قوات النظام قد سيطرت على القرية حينها": an auxiliary opening the sentence with the particle
 * قد within a few words, and a word that places it back in time (حينها، آنذاك) or a month or year
 * named, tells what had happened before the news. Without such a word ("وكان مسلحون قد هاجموا …")
 * it often tells the news itself, and is read as news.
 */
export function isPluperfect(
  s: AnnotatedSentence,
  rules: { readonly pluperfectAuxiliaries: ReadonlySet<string>; readonly pluperfectParticles: ReadonlySet<string>; readonly pluperfectTimeWords: ReadonlySet<string> },
): boolean {
  const toks = s.sentence.tokens;
  const first = toks.findIndex((t) => t.kind === "word");
  if (first < 0 || !toks[first]!.forms.some((f) => rules.pluperfectAuxiliaries.has(f))) return false;
  if (!toks.slice(first + 1, first + 6).some((t) => t.forms.some((f) => rules.pluperfectParticles.has(f)))) return false;
  return toks.some((t) => t.forms.some((f) => rules.pluperfectTimeWords.has(f))) || ofKind(s, "month").length > 0 || toks.some((t) => t.kind === "number" && /^(19|20)\d\d$/.test(t.text));
}
