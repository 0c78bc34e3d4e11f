import type { Token } from "../../text/tokenize.ts";
import { ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";

/** A day the text writes in full: the ISO day and its tokens in the sentence. */
export interface WrittenDay {
  readonly date: string;
  readonly first: number;
  readonly last: number;
  /** "arabic" for "3 آذار 2019", "latin" for "March 3, 2019" (an embedded post's signature line). */
  readonly script: "arabic" | "latin";
}

/** What the reference-day reader needs of the calendar lexicon (calendar.json). */
export interface ReferenceCalendar {
  /** Latin month names, lower case → 1 … 12. */
  readonly latinMonths: ReadonlyMap<string, number>;
  /** Normalised word sequences that name the current year before its number ("العام الحالي 2023"). */
  readonly currentYear: readonly (readonly string[])[];
}

const YEAR = /^(19|20)\d\d$/;

const isYear = (t: Token | undefined): boolean => t?.kind === "number" && YEAR.test(t.text);

function day(t: Token | undefined): number {
  if (t?.kind !== "number") return NaN;
  const n = Number(t.text);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : NaN;
}

function isoDay(year: number, month: number, d: number): string | null {
  const t = Date.UTC(year, month - 1, d);
  // "31 شباط" is no day.
  return new Date(t).getUTCDate() === d ? new Date(t).toISOString().slice(0, 10) : null;
}

/**
 * The year a sentence names as the current one: "منذ بداية العام الحالي 2023" fixes the year of
 * the whole text, so a day written without its year elsewhere ("حتى 15 آذار الجاري") falls in it.
 */
export function currentYearNamed(s: AnnotatedSentence, calendar: ReferenceCalendar): number | null {
  const toks = s.sentence.tokens;
  for (const phrase of calendar.currentYear) {
    for (let i = 0; i + phrase.length < toks.length; i++) {
      if (!phrase.every((w, k) => toks[i + k]!.forms.includes(w))) continue;
      const year = toks[i + phrase.length];
      if (isYear(year)) return Number(year!.text);
    }
  }
  return null;
}

/**
 * Every day a sentence writes to the day: "الأحد 3 آذار 2019", "3 كانون الثاني/يناير 2024", a
 * day and month whose year the text fixes elsewhere (`year`), and the Latin dates of embedded posts
 * ("— Some Name (@name) March 3, 2019", "3 March 2019").
 */
export function writtenDays(s: AnnotatedSentence, calendar: ReferenceCalendar, year: number | null): WrittenDay[] {
  const toks = s.sentence.tokens;
  const out: WrittenDay[] = [];
  const months = ofKind(s, "month");
  for (const m of months) {
    const d = day(toks[m.first - 1]);
    if (Number.isNaN(d)) continue;
    const twin = toks[m.last + 1]?.text === "/" ? months.find((x) => x.first === m.last + 2) : undefined;
    const yearAt = twin ? twin.last + 1 : m.last + 1;
    const own = isYear(toks[yearAt]) ? Number(toks[yearAt]!.text) : null;
    const y = own ?? year;
    const date = y === null ? null : isoDay(y, m.value.month, d);
    if (date) out.push({ date, first: m.first - 1, last: own === null ? m.last : yearAt, script: "arabic" });
  }
  for (let i = 0; i < toks.length; i++) {
    const month = calendar.latinMonths.get(toks[i]!.text.toLowerCase());
    if (month === undefined) continue;
    // "March 3, 2019" and "3 March 2019".
    const after = day(toks[i + 1]);
    const yearAt = toks[i + 2]?.text === "," ? i + 3 : i + 2;
    if (!Number.isNaN(after) && isYear(toks[yearAt])) {
      const date = isoDay(Number(toks[yearAt]!.text), month, after);
      if (date) out.push({ date, first: i, last: yearAt, script: "latin" });
      continue;
    }
    const before = day(toks[i - 1]);
    if (!Number.isNaN(before) && isYear(toks[i + 1])) {
      const date = isoDay(Number(toks[i + 1]!.text), month, before);
      if (date) out.push({ date, first: i - 1, last: i + 1, script: "latin" });
    }
  }
  return out;
}
