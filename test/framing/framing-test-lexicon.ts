/** The repository's framing lexicon, loaded once for the framing tests. */
import { loadFramingLexicon } from "../../src/framing/load-framing-lexicon.ts";

export const framingLexicon = loadFramingLexicon();
