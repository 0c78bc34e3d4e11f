import { RasdError } from "../errors/rasd-error.ts";
import type { ArticleReadResult } from "./article-read-result.ts";
import { parseArticle } from "./parse-article.ts";
import { readByteLines } from "./read-byte-lines.ts";

export interface JsonlReadOptions {
  /** Name used in error messages ("<stdin>" for standard input). */
  readonly file: string;
  readonly maxLineBytes: number;
  /** Day given to articles whose `published` is null or absent. */
  readonly fallbackPublished?: string | null;
}

/**
 * Articles from a JSONL byte stream, one per line, in constant memory. Every line is decoded on its
 * own with a fatal UTF-8 decoder, so invalid bytes, bad JSON or a missing field cost only that line:
 * it becomes an error result naming the file and line, and reading goes on.
 */
export async function* readJsonlArticles(source: AsyncIterable<Uint8Array | string>, options: JsonlReadOptions): AsyncGenerator<ArticleReadResult> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const { file } = options;
  for await (const { number, bytes } of readByteLines(source, options.maxLineBytes)) {
    const location = { file, line: number };
    if (bytes === null) {
      yield { kind: "error", error: new RasdError("too-large", `line longer than ${options.maxLineBytes} bytes, skipped`, location), count: 1 };
      continue;
    }
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      yield { kind: "error", error: new RasdError("invalid-utf8", "invalid UTF-8, line skipped", location), count: 1 };
      continue;
    }
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { kind: "error", error: new RasdError("not-json", `not JSON (${(error as Error).message}), line skipped`, location), count: 1 };
      continue;
    }
    try {
      yield { kind: "article", article: parseArticle(value, location, options.fallbackPublished ?? null), origin: location };
    } catch (error) {
      if (!(error instanceof RasdError)) throw error;
      yield { kind: "error", error, count: 1 };
    }
  }
}
