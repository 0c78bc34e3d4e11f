/**
 * Reads data/lexicon/framing.json and checks it against its schema; errors name the file and the
 * path of the bad entries.
 *
 *   const lex = loadFramingLexicon();               // the repository's file
 *   const lex = parseFramingLexicon(jsonText, "x");  // any text (tests)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FramingLexiconSchema, type FramingLexicon } from "./framing-lexicon-schema.ts";

export const DEFAULT_FRAMING_LEXICON = fileURLToPath(new URL("../../data/lexicon/framing.json", import.meta.url));

export function loadFramingLexicon(path: string = DEFAULT_FRAMING_LEXICON): FramingLexicon {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new Error(`lexicon ${path}: cannot read (${(err as Error).message})`, { cause: err });
  }
  return parseFramingLexicon(text, path);
}

let repositoryLexicon: FramingLexicon | undefined;

/** The repository's lexicon, read once per process: ingest reads every stored article with it. */
export function defaultFramingLexicon(): FramingLexicon {
  return (repositoryLexicon ??= loadFramingLexicon());
}

export function parseFramingLexicon(text: string, name: string): FramingLexicon {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`lexicon ${name}: invalid JSON (${(err as Error).message})`, { cause: err });
  }
  const result = FramingLexiconSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((iss) => `${iss.path.length > 0 ? iss.path.join(".") : "(root)"}: ${iss.message}`)
      .join("; ");
    throw new Error(`lexicon ${name}: does not match its schema: ${issues}`);
  }
  return result.data;
}
