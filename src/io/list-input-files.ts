import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { RasdError } from "../errors/rasd-error.ts";
import { inputKindOf } from "./input-kind.ts";

/** A file to read, or the error that replaced a path that cannot be used. */
export type InputFile = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly error: RasdError };

/**
 * Expand command-line paths into files: a file is kept as given, a directory is walked recursively
 * in sorted order keeping only the extensions rasd reads (.jsonl .ndjson .txt .html .htm).
 * A missing path or a named file of unknown type is an error item; the walk goes on.
 */
export async function* listInputFiles(paths: readonly string[]): AsyncGenerator<InputFile> {
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield { ok: false, error: new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`, { file: path }) };
      continue;
    }
    if (!isDirectory) {
      yield inputKindOf(path) === null
        ? { ok: false, error: new RasdError("unreadable", "unknown file type (expected .jsonl, .txt or .html)", { file: path }) }
        : { ok: true, path };
      continue;
    }
    yield* walk(path);
  }
}

async function* walk(directory: string): AsyncGenerator<InputFile> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { ok: false, error: new RasdError("unreadable", `cannot list directory (${(error as NodeJS.ErrnoException).code ?? "error"})`, { file: directory }) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (inputKindOf(path) !== null) yield { ok: true, path };
  }
}
