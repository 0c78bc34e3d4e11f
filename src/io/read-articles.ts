import { basename, extname } from "node:path";
import type { Readable } from "node:stream";
import { RasdError } from "../errors/rasd-error.ts";
import type { Article } from "../model/article.ts";
import { articleProblem } from "./article-limits.ts";
import type { ArticleReadResult } from "./article-read-result.ts";
import { inputKindOf } from "./input-kind.ts";
import { limitErrors } from "./limit-errors.ts";
import { listInputFiles } from "./list-input-files.ts";
import { openRegularFileStream } from "./open-regular-file.ts";
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

interface FileOptions {
  readonly maxBytes: number;
  readonly published: string | null;
}

/**
 * Every article of the inputs, in order, as a stream: paths (files or directories) or, when `paths`
 * is empty or "-", JSONL on `stdin`. Errors come as items, never as exceptions, so the caller can
 * report them and go on; a file's errors beyond the first few are summed up in one item
 * (limit-errors.ts). An input that holds no article at all (an empty file, a directory with no
 * .jsonl/.txt/.html file, empty stdin) gives a warning. Memory stays constant for JSONL however large.
 */
export async function* readArticles(paths: readonly string[], stdin: Readable, options: ReadArticlesOptions = {}): AsyncGenerator<ArticleReadResult> {
  const file: FileOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, published: options.published ?? null };
  for (const path of paths.length === 0 ? ["-"] : paths) {
    if (path === "-") {
      yield* warnWhenEmpty(limitErrors(readJsonl(stdin, "<stdin>", file), "<stdin>"), "<stdin>", "no articles on standard input");
      continue;
    }
    let files = 0;
    for await (const input of listInputFiles([path])) {
      files++;
      if (!input.ok) yield { kind: "error", error: input.error, count: 1 };
      else yield* warnWhenEmpty(limitErrors(readFile(input.path, file), input.path), input.path, "no articles in this file");
    }
    if (files === 0) yield warning(path, "no .jsonl, .ndjson, .txt or .html file in this directory");
  }
}

async function* warnWhenEmpty(items: AsyncIterable<ArticleReadResult>, file: string, detail: string): AsyncGenerator<ArticleReadResult> {
  let any = false;
  for await (const item of items) {
    any = true;
    yield item;
  }
  if (!any) yield warning(file, detail);
}

function warning(file: string, detail: string): ArticleReadResult {
  return { kind: "warning", warning: { location: { file }, detail } };
}

function readJsonl(source: AsyncIterable<Uint8Array | string>, name: string, options: FileOptions): AsyncGenerator<ArticleReadResult> {
  return readJsonlArticles(source, { file: name, maxLineBytes: options.maxBytes, fallbackPublished: options.published });
}

async function* readFile(path: string, options: FileOptions): AsyncGenerator<ArticleReadResult> {
  const kind = inputKindOf(path);
  const id = basename(path, extname(path));
  try {
    switch (kind) {
      case "jsonl":
        yield* readJsonl(await openRegularFileStream(path), path, options);
        return;
      case "txt":
        yield { kind: "article", article: withinLimits(parseTxtArticle(await readTextFile(path, options.maxBytes), id, options.published), path), origin: { file: path } };
        return;
      case "html": {
        // The HTML reader (linkedom, Readability) loads with the first page, not with every JSONL read.
        const { parseHtmlArticle } = await import("./parse-html-article.ts");
        yield { kind: "article", article: withinLimits(parseHtmlArticle(await readTextFile(path, options.maxBytes), id, options.published), path), origin: { file: path } };
        return;
      }
      case null:
        yield { kind: "error", error: new RasdError("unreadable", "unknown file type", { file: path }), count: 1 };
        return;
    }
  } catch (error) {
    const failure =
      error instanceof RasdError
        ? error.location.file === undefined ? new RasdError(error.code, error.detail, { file: path }) : error
        : new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path }, { cause: error });
    yield { kind: "error", error: failure, count: 1 };
  }
}

/** The article, or the error of article-limits.ts that refuses it. */
function withinLimits(article: Article, path: string): Article {
  const problem = articleProblem(article);
  if (problem !== null) throw new RasdError(problem.code, problem.detail, { file: path });
  return article;
}
