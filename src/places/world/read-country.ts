import { normalize } from "../../text/normalize.ts";
import { tokenize, type Token } from "../../text/tokenize.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";
import { DATELINE_WEIGHT, type Cue, type CountryCues, type CueKind } from "./country-cues.ts";

/** One clue found in the text, with its offsets in the normalised text. */
export interface CountryClue {
  readonly country: string;
  readonly kind: CueKind | "dateline";
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

export interface CountryReading {
  /** English name as location.country writes it ("Yemen", "Syria"), or null when unclear. */
  readonly country: string | null;
  /** The winning country's weighed clues, and every country's. */
  readonly score: number;
  readonly scores: ReadonlyMap<string, number>;
  readonly clues: readonly CountryClue[];
  /** country:clear, country:unclear (two countries close), country:weak (too few clues). */
  readonly rule: "country:clear" | "country:unclear" | "country:weak";
}

/** A country needs this much weighed evidence … */
export const MIN_COUNTRY_SCORE = 4;
/** … or this much when no other country has any: one cue phrase of a short report ("قوات الدعم السريع"). */
export const SOLE_COUNTRY_SCORE = 2;
/** … and this many times the runner-up's. */
export const COUNTRY_MARGIN = 1.5;

/**
 * The country a text (an article, or one paragraph) is about, read from its clues: country names
 * and demonyms, capitals and big cities, divisions, the country's armed groups and institutions,
 * and a dateline at the start ("صنعاء - …"), counted and weighed. Null when no country has
 * MIN_COUNTRY_SCORE (SOLE_COUNTRY_SCORE when it is the only one named) or the runner-up comes
 * within COUNTRY_MARGIN. Pure.
 *
 *   readCountry("صنعاء - شن طيران التحالف غارات على مديرية صرواح بمحافظة مأرب اليمنية", cues)
 *     → { country: "Yemen", rule: "country:clear", … }
 */
export function readCountry(text: string, cues: CountryCues): CountryReading {
  const clues: CountryClue[] = [];
  // Lines are read one by one so that a dateline can open any paragraph.
  for (const line of normalize(text).text.split("\n")) clues.push(...cluesIn(tokenize(line), cues, true));
  return weighClues(clues);
}

/**
 * The clues in one run of tokens (offsets as the tokens have them); `opensLine` when the tokens
 * start a line, where a place followed by "-" or ":" is a dateline. For callers that already hold
 * tokens (the extractor reads each sentence once).
 */
export function cluesIn(tokens: readonly Token[], cues: CountryCues, opensLine: boolean): CountryClue[] {
  return cluesOf(cues.matcher.findAll(tokens), tokens, opensLine);
}

/**
 * The clues of cue matches already found in these tokens (by a pass that matched other lexicons
 * too: the extractor's sentence pass), as cluesIn gives them.
 */
export function cluesOf(matches: readonly PhraseMatch<Cue>[], tokens: readonly Token[], opensLine: boolean): CountryClue[] {
  const clues: CountryClue[] = [];
  for (const m of matches) {
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    clues.push({ country: m.value.country, kind: m.value.kind, phrase: m.phrase, start, end, weight: m.value.weight });
    const next = tokens[m.last + 1];
    const first = m.first === 0 || (m.first === 1 && tokens[0]!.text === "(");
    if (opensLine && first && next?.kind === "punct" && /^[-:)]$/.test(next.text)) {
      clues.push({ country: m.value.country, kind: "dateline", phrase: m.phrase, start, end, weight: DATELINE_WEIGHT });
    }
  }
  return clues;
}

/** The reading that clues give: the best-scored country when it is strong and clear enough. */
export function weighClues(clues: readonly CountryClue[]): CountryReading {
  const scores = new Map<string, number>();
  for (const c of clues) scores.set(c.country, (scores.get(c.country) ?? 0) + c.weight);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < (second ? MIN_COUNTRY_SCORE : SOLE_COUNTRY_SCORE)) return { country: null, score: top?.[1] ?? 0, scores, clues, rule: "country:weak" };
  if (second && top[1] < COUNTRY_MARGIN * second[1]) return { country: null, score: top[1], scores, clues, rule: "country:unclear" };
  return { country: top[0], score: top[1], scores, clues, rule: "country:clear" };
}
