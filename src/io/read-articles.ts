import { createReadStream } from "node:fs";
import { basename, extname } from "node:path";
import type { Readable } from "node:stream";
import { RasdError } from "../errors/rasd-error.ts";
import type { ArticleReadResult } from "./article-read-result.ts";
import { inputKindOf } from "./input-kind.ts";
import { listInputFiles } from "./list-input-files.ts";
import { parseHtmlArticle } from "./parse-html-article.ts";
import { parseTxtArticle } from "./parse-txt-article.ts";
import { readJsonlArticles } from "./read-jsonl-articles.ts";
import { readTextFile } from "./read-text-file.ts";

/** A single JSONL line or .txt/.html file above this size is refused with an error. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadArticlesOptions {
  /** Day given to articles that carry none (.txt files, pages without a date, JSONL with null). */
  readonly published?: string | null;
  readonly maxBytes?: number;
}

/**
 * Every article of the inputs, in order, as a stream: paths (files or directories) or, when `paths`
 * is empty or "-", JSONL on `stdin`. Errors come as items, never as exceptions, so the caller can
 * report them and go on. Memory stays constant for JSONL however large the input.
 */
export async function* readArticles(paths: readonly string[], stdin: Readable, options: ReadArticlesOptions = {}): AsyncGenerator<ArticleReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const published = options.published ?? null;
  const jsonl = { maxLineBytes: maxBytes, fallbackPublished: published };
  const list = paths.length === 0 ? ["-"] : paths;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "-") {
      yield* readJsonlArticles(stdin, { ...jsonl, file: "<stdin>" });
      continue;
    }
    const run = [list[i]!];
    while (i + 1 < list.length && list[i + 1] !== "-") run.push(list[++i]!);
    for await (const input of listInputFiles(run)) {
      if (!input.ok) {
        yield input;
        continue;
      }
      yield* readFile(input.path, maxBytes, published, jsonl);
    }
  }
}

async function* readFile(path: string, maxBytes: number, published: string | null, jsonl: { maxLineBytes: number; fallbackPublished: string | null }): AsyncGenerator<ArticleReadResult> {
  const kind = inputKindOf(path);
  const id = basename(path, extname(path));
  try {
    switch (kind) {
      case "jsonl":
        yield* readJsonlArticles(createReadStream(path), { ...jsonl, file: path });
        return;
      case "txt":
        yield { ok: true, article: parseTxtArticle(await readTextFile(path, maxBytes), id, published), origin: { file: path } };
        return;
      case "html":
        yield { ok: true, article: parseHtmlArticle(await readTextFile(path, maxBytes), id, published), origin: { file: path } };
        return;
      case null:
        yield { ok: false, error: new RasdError("unreadable", "unknown file type", { file: path }) };
        return;
    }
  } catch (error) {
    if (error instanceof RasdError) yield { ok: false, error };
    else yield { ok: false, error: new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path }, { cause: error }) };
  }
}
