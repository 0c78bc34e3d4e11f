import { createReadStream } from "node:fs";
import { RasdError } from "../errors/rasd-error.ts";
import { readByteLines } from "../io/read-byte-lines.ts";

/**
 * Every JSON object of a JSONL file (gold sets, event files), blank lines skipped. Unlike article
 * input, a bad line here stops the scoring: a score over part of a gold file would mislead.
 */
export async function readJsonlFile(path: string, maxLineBytes = 20 * 1024 * 1024): Promise<Record<string, unknown>[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const rows: Record<string, unknown>[] = [];
  try {
    for await (const { number, bytes } of readByteLines(createReadStream(path), maxLineBytes)) {
      const location = { file: path, line: number };
      if (bytes === null) throw new RasdError("too-large", `line longer than ${maxLineBytes} bytes`, location);
      let line: string;
      try {
        line = decoder.decode(bytes);
      } catch {
        throw new RasdError("invalid-utf8", "invalid UTF-8", location);
      }
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new RasdError("not-json", `not JSON (${(error as Error).message})`, location);
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw new RasdError("not-json", "expected a JSON object", location);
      rows.push(value as Record<string, unknown>);
    }
  } catch (error) {
    if (error instanceof RasdError) throw error;
    throw new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path });
  }
  return rows;
}
