/**
 * The scoring definition's word lists, kept identical to ../shared/eval/score.mjs so scores agree.
 * They define how the metric compares names (a specification), not vocabulary the extractor uses,
 * which lives in data/.
 */
/** Generic place-type words (normalised) dropped before comparing: بلدة X = X. */
export const PLACE_TYPE_WORDS: ReadonlySet<string> = new Set(["بلده", "قريه", "مدينه", "ناحيه", "منطقه", "محور", "جبهه", "تل", "مخيم", "حي"]);

/** Words that only say where around a place ("the countryside of", "south of"). */
export const AROUND_WORDS: ReadonlySet<string> = new Set(["ريف", "محيط", "اطراف", "ضواحي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا", "غربا", "مرتفعات"]);
