/**
 * The version stored with each article's framing summary: which reader and which lexicon made it.
 * A summary of another version is stale and read again, so editing data/lexicon/framing.json (say,
 * giving "الميليشيات" a weight for the government camp) never leaves profiles built from the old words.
 *
 *   framingLexiconVersion(lex)  // "r2:3f9a0c2d1b7e4a55"
 */
import { createHash } from "node:crypto";
import type { FramingLexicon } from "./framing-lexicon-schema.ts";

/** Raise when readArticleFraming or summarizeArticleFraming reads the same lexicon differently, or the summary changes shape. */
const READER_VERSION = 2;

const versions = new WeakMap<FramingLexicon, string>();

export function framingLexiconVersion(lexicon: FramingLexicon): string {
  let version = versions.get(lexicon);
  if (version === undefined) {
    const hash = createHash("sha256").update(JSON.stringify(lexicon)).digest("hex").slice(0, 16);
    versions.set(lexicon, (version = `r${READER_VERSION}:${hash}`));
  }
  return version;
}
