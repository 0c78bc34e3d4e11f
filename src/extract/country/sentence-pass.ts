import type { Cue, CountryCues } from "../../places/world/country-cues.ts";
import { LayeredMatcher } from "../../text/layered-matcher.ts";
import type { PhraseMatch } from "../../text/phrase-matcher.ts";
import type { Token } from "../../text/tokenize.ts";
import type { AnnotationValue } from "../annotate/annotation.ts";
import type { CompiledLexicons } from "../prepare/compiled-lexicons.ts";

/** What one pass over a sentence's tokens found: each lexicon layer's matches, and the country cues. */
export interface SentencePass {
  /** Per layer of the base lexicons (same order), what that layer's own findAll gives. */
  readonly layers: ReadonlyArray<readonly PhraseMatch<AnnotationValue>[]>;
  readonly cues: readonly PhraseMatch<Cue>[];
}

/**
 * The country cues ("صنعاء", "اليمنية", "الحوثيون") and every lexicon layer matched in one pass over
 * a sentence: the cues decide the sentence's country before its annotations are read, and a pass
 * of their own cost nearly half the lexicons' (most words start nothing in either, and one memo
 * read per token then says so for both).
 */
export function createSentencePass(base: CompiledLexicons, cues: CountryCues): (tokens: readonly Token[]) => SentencePass {
  const layerCount = base.layers.length;
  // The cue layer is the last; the others keep the base's positions. Each list holds one layer's
  // matches only, so the lists are narrowed back to their own payload below.
  const matcher = new LayeredMatcher<AnnotationValue | Cue>([...base.layers.map((l) => l.matcher), cues.matcher]);
  return (tokens) => {
    const found = matcher.findAll(tokens);
    return {
      layers: found.slice(0, layerCount) as ReadonlyArray<readonly PhraseMatch<AnnotationValue>[]>,
      cues: found[layerCount] as readonly PhraseMatch<Cue>[],
    };
  };
}

/**
 * The layers of another stage's lexicons (another country's entity layer) from a pass made with the
 * base's: a layer whose matcher is the base's keeps the pass's matches, any other is matched anew.
 */
export function layersFor(lex: CompiledLexicons, base: CompiledLexicons, pass: SentencePass, tokens: readonly Token[]): ReadonlyArray<readonly PhraseMatch<AnnotationValue>[]> {
  if (lex === base) return pass.layers;
  return lex.layers.map((l, k) => (l.matcher === base.layers[k]?.matcher ? pass.layers[k]! : l.matcher.findAll(tokens)));
}
