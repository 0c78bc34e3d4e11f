import type { IngestItemReport } from "../ingest/ingest-context.ts";
import { formatMessage, formatWarning } from "./format-message.ts";

/**
 * The stderr lines of one ingest report (`ingest`, `watch`): errors and warnings always, stored and
 * duplicate items only when `verbose`. Empty when there is nothing to say.
 *
 *   rasd: a.jsonl:4: not JSON (Unexpected end of JSON input), line skipped
 *   rasd: a.jsonl:5: stored: 2 event report(s)
 *   rasd: a.jsonl:6: warning: article "x" has no Arabic text; …
 */
export function formatIngestReport(item: IngestItemReport, verbose: boolean): string {
  let text = "";
  switch (item.outcome) {
    case "error":
      text = formatMessage(item.where, item.detail);
      break;
    case "warning":
      text = formatWarning(item.where, item.detail);
      break;
    case "stored":
    case "duplicate":
      if (verbose) text = formatMessage(item.where, `${item.outcome}: ${item.detail}`);
      break;
    default: {
      const never: never = item.outcome;
      return never;
    }
  }
  return item.warning === undefined ? text : text + formatWarning(item.where, item.warning);
}
