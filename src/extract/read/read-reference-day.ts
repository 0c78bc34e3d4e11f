import { ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import { readDate } from "./read-date.ts";
import { currentYearNamed, writtenDays, type ReferenceCalendar, type WrittenDay } from "./written-days.ts";

/** The day relative dates are resolved against, the rule that chose it and the words it rests on. */
export interface ReferenceDay {
  readonly day: string | null;
  readonly rule: string;
  /** Offsets of the words (normalised text) that fixed the day; null for the publication day or none. */
  readonly span: readonly [number, number] | null;
}

const DAY = 86_400_000;

/**
 * The day relative dates are resolved against: the publication day, or, when it is unknown, what
 * the text itself fixes (GUIDELINES: a chain of dates written in it).
 *
 * News tells what has happened, so every day the text writes (outside a sentence about what is to come) ("حتى يوم 12 آذار الجاري", the date
 * line of an embedded post "— Name (@name) March 12, 2021") is on or before the day it was written.
 * A text that names today's weekday ("قصفت الطائرات اليوم الجمعة …") was then written on the first
 * such weekday on or after the latest of them. Without today's weekday, the first full date the
 * text writes (day, month and year: "اليوم الأحد 3 آذار 2019 …") is its day; a text that never
 * writes a year leaves "today" and "yesterday" undated.
 */
export function readReferenceDay(published: string | null, sentences: readonly AnnotatedSentence[], calendar: ReferenceCalendar): ReferenceDay {
  if (published) return { day: published, rule: "reference:published", span: null };
  const weekday = todaysWeekday(sentences);
  if (weekday !== null) {
    let year: number | null = null;
    for (const s of sentences) year ??= currentYearNamed(s, calendar);
    let latest: { day: WrittenDay; s: AnnotatedSentence } | null = null;
    for (const s of sentences) {
      // "الانتخابات المقررة في 15 أيار 2024": a day the sentence tells of as to come bounds nothing.
      if (ofKind(s, "modality").some((m) => m.value.mode === "future" || m.value.mode === "hypothetical")) continue;
      for (const d of writtenDays(s, calendar, year)) if (!latest || d.date > latest.day.date) latest = { day: d, s };
    }
    if (latest) {
      const t = Date.parse(`${latest.day.date}T00:00:00Z`);
      const ahead = (weekday - new Date(t).getUTCDay() + 7) % 7;
      const toks = latest.s.sentence.tokens;
      return { day: new Date(t + ahead * DAY).toISOString().slice(0, 10), rule: "reference:today-weekday-after-written-day", span: [toks[latest.day.first]!.start, toks[latest.day.last]!.end] };
    }
  }
  for (const s of sentences) {
    // A full date is read at a month's name ("3 آذار 2019"): a sentence that names none has no such date.
    if (!s.annotations.some((a) => a.value.kind === "month")) continue;
    const d = readDate(s, null);
    if (d?.date && d.precision === 1 && d.rule === "date:explicit") {
      const toks = s.sentence.tokens;
      return { day: d.date, rule: "reference:first-full-date", span: [toks[d.first]!.start, toks[d.last]!.end] };
    }
  }
  return { day: null, rule: "reference:none", span: null };
}

/** The weekday of "اليوم الجمعة", "صباح اليوم، الخميس": today named by its weekday (0 Sunday … 6 Saturday). */
function todaysWeekday(sentences: readonly AnnotatedSentence[]): number | null {
  for (const s of sentences) {
    for (const rel of ofKind(s, "relative-day")) {
      if (rel.value.offset !== 0) continue;
      const wd = ofKind(s, "weekday").find((w) => w.first > rel.last && w.first - rel.last <= 2);
      if (wd && (wd.first === rel.last + 1 || s.sentence.tokens[rel.last + 1]?.kind === "punct")) return wd.value.day;
    }
  }
  return null;
}
