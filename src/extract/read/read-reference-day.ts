import type { AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import { readDate } from "./read-date.ts";

/**
 * The day relative dates are resolved against: the publication day, or, when it is unknown, the
 * first full date the text writes (day, month and year: "اليوم الأحد 3 آذار 2019 …"). A text that
 * fixes its own year dates its "today" and "yesterday" (GUIDELINES: a chain of dates written in
 * it); one that never writes a year leaves them undated.
 */
export function readReferenceDay(published: string | null, sentences: readonly AnnotatedSentence[]): { day: string | null; rule: string } {
  if (published) return { day: published, rule: "reference:published" };
  for (const s of sentences) {
    // A full date is read at a month's name ("3 آذار 2019"): a sentence that names none has no such date.
    if (!s.annotations.some((a) => a.value.kind === "month")) continue;
    const d = readDate(s, null);
    if (d?.date && d.precision === 1 && d.rule === "date:explicit") return { day: d.date, rule: "reference:first-full-date" };
  }
  return { day: null, rule: "reference:none" };
}
