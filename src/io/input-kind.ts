import { extname } from "node:path";

/** The article formats rasd reads, by file extension. */
export type InputKind = "jsonl" | "txt" | "html";

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".txt": "txt",
  ".html": "html",
  ".htm": "html",
};

/** The format of a file from its extension, or null when rasd does not read it. */
export function inputKindOf(path: string): InputKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
