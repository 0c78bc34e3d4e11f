import { RasdError } from "../errors/rasd-error.ts";
import type { IngestContext, IngestSummary } from "./ingest-context.ts";

/**
 * The failure boundary of one input item (a file, a line, a URL, a feed item): whatever `work`
 * throws — a stack overflow in a parser, a database error, a bug — is counted and reported at
 * `where`, and the run goes on with the next item. Returns undefined when the item failed.
 *
 *   await guardItem(ctx, summary, "https://a.example/x", () => ingestUrl(ctx, url, summary));
 */
export async function guardItem<T>(ctx: IngestContext, summary: IngestSummary, where: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    summary.errors++;
    ctx.report({ outcome: "error", where, detail: failureDetail(error) });
    return undefined;
  }
}

/** One line saying why an item failed, without a stack. */
export function failureDetail(error: unknown): string {
  if (error instanceof RasdError) return error.detail;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "cannot process: the input is nested too deeply";
  return `cannot process: ${error instanceof Error ? error.message : String(error)}`;
}
