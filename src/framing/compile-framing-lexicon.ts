/**
 * Turns the framing lexicon (data) into phrase matchers (code-ready), once per lexicon object.
 * The cache is keyed by the lexicon object itself, so `readArticleFraming` stays a pure function of
 * its arguments while not rebuilding matchers for every article.
 */
import { normalizeKey } from "../text/normalize.ts";
import { PhraseMatcher } from "../text/phrase-matcher.ts";
import { withoutArticle } from "../text/word-forms.ts";
import type { FramingLexicon, FramingTerm } from "./framing-lexicon-schema.ts";

export interface CompiledFramingLexicon {
  readonly lexicon: FramingLexicon;
  readonly terms: PhraseMatcher<FramingTerm>;
  /** Exclusion phrases, each tagged with the term id it cancels. */
  readonly excludes: PhraseMatcher<string>;
  readonly sources: PhraseMatcher<string>;
  readonly verbs: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly ownVoiceSpeakers: ReadonlySet<string>;
  readonly cues: ReadonlySet<string>;
}

const cache = new WeakMap<FramingLexicon, CompiledFramingLexicon>();

export function compileFramingLexicon(lexicon: FramingLexicon): CompiledFramingLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const terms = new PhraseMatcher<FramingTerm>();
  const excludes = new PhraseMatcher<string>();
  // Forms as written go in before any bare variant, so a variant never shadows another term's form
  // ("فصائل المعارضة" is a form of its own, not "الفصائل المعارضة" without its article).
  for (const pass of [0, 1] as const) {
    for (const term of lexicon.terms) {
      for (const form of term.forms) terms.add(variants(form)[pass] ?? "", term);
      for (const form of term.exclude) excludes.add(variants(form)[pass] ?? "", term.id);
    }
  }
  const sources = new PhraseMatcher<string>();
  for (const pass of [0, 1] as const) {
    for (const s of lexicon.sources) for (const form of s.forms) sources.add(variants(form)[pass] ?? "", s.id);
  }
  const keys = (xs: readonly string[]): Set<string> => new Set(xs.map(normalizeKey));
  const compiled: CompiledFramingLexicon = {
    lexicon,
    terms,
    excludes,
    sources,
    verbs: keys(lexicon.speech.verbs),
    complementizers: keys(lexicon.speech.complementizers),
    ownVoiceSpeakers: keys(lexicon.speech.own_voice_speakers),
    cues: keys(lexicon.attribution_cues),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/**
 * A form as written, and without the article on its first word: token forms drop proclitics, so
 * "إرهابيين" (indefinite) only meets the entry "الإرهابيين" through its bare variant.
 */
function variants(form: string): string[] {
  const key = normalizeKey(form);
  const out = [key];
  if (withoutArticle(key.split(" ")[0] ?? "") !== null) out.push(key.slice(2));
  return out;
}
