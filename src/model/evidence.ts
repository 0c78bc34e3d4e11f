/**
 * A span of the original article text. `text === article.text.slice(start, end)` always holds;
 * offsets count UTF-16 code units, as JavaScript strings do.
 */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Why a field has its value: the span that supports it, the rule that set it, the lexicon entry used. */
export interface Provenance {
  readonly field: string;
  readonly rule: string;
  readonly entry?: string;
  readonly evidence: Evidence | null;
}
