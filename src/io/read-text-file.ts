import { RasdError } from "../errors/rasd-error.ts";
import { readRegularFile } from "./open-regular-file.ts";

/**
 * A whole UTF-8 text file (.txt, .html), refused above `maxBytes` (open-regular-file.ts: regular
 * files only, the limit held while reading). Invalid UTF-8 is
 * an error that names the first bad line, never silently replaced by U+FFFD (offsets would drift).
 */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  const bytes = await readRegularFile(path, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new RasdError("invalid-utf8", "invalid UTF-8, file skipped", { file: path, line: firstInvalidLine(bytes) });
  }
}

function firstInvalidLine(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl === -1) return line;
    start = nl + 1;
    line++;
  }
}
