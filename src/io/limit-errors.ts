import { RasdError, type RasdErrorCode } from "../errors/rasd-error.ts";
import type { ArticleReadResult } from "./article-read-result.ts";

/** Errors reported one by one per file; the rest are counted into one closing line. */
export const ERRORS_SHOWN_PER_FILE = 5;

/** How a skipped line is summed up in the closing line ("… 7761 more lines skipped (not UTF-8)"). */
const REASON: Readonly<Record<RasdErrorCode, string>> = {
  usage: "bad usage",
  "not-json": "not JSON",
  "bad-article": "not an article",
  "invalid-utf8": "not UTF-8",
  "too-large": "too long",
  unreadable: "unreadable",
  "extraction-failed": "extraction failed",
  "no-database": "no database",
  "output-closed": "output closed",
  "cannot-listen": "cannot listen",
  "not-found": "not found",
};

/**
 * Pass the first few errors of one file through, then only count them: a 2 MB binary named .jsonl
 * gives five lines and "a.jsonl: … 7761 more lines skipped (not UTF-8)", not thousands. The closing
 * item carries the count, so callers still know how many lines failed.
 */
export async function* limitErrors(items: AsyncIterable<ArticleReadResult>, file: string, shown = ERRORS_SHOWN_PER_FILE): AsyncGenerator<ArticleReadResult> {
  let errors = 0;
  const skipped = new Map<RasdErrorCode, number>();
  for await (const item of items) {
    if (item.kind === "error" && ++errors > shown) {
      skipped.set(item.error.code, (skipped.get(item.error.code) ?? 0) + item.count);
      continue;
    }
    yield item;
  }
  if (skipped.size === 0) return;
  const byCount = [...skipped].sort((a, b) => b[1] - a[1]);
  const total = byCount.reduce((sum, [, n]) => sum + n, 0);
  const reasons = byCount.length === 1 ? REASON[byCount[0]![0]] : byCount.map(([code, n]) => `${n} ${REASON[code]}`).join(", ");
  const detail = `… ${total} more line${total === 1 ? "" : "s"} skipped (${reasons})`;
  yield { kind: "error", error: new RasdError(byCount[0]![0], detail, { file }), count: total };
}
