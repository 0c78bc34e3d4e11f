import { stringify } from "csv-stringify/sync";
import { neutralizeCsvCell } from "../export/neutralize-csv-cell.ts";
import type { Article } from "../model/article.ts";
import type { ConflictEvent } from "../model/conflict-event.ts";
import { EVENT_CSV_COLUMNS, eventCsvRow } from "./event-csv-row.ts";
import { formatExplanation } from "./format-explanation.ts";

/** Output formats of `rasd extract`. "explain" is the human-readable provenance report. */
export const OUTPUT_FORMATS = ["jsonl", "json", "csv", "explain"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * One article's events as text in `format`, without what belongs to the whole document (the JSON
 * array's brackets and the commas between articles, the CSV header: event-writer.ts adds them).
 * What is left depends on the article alone, so it can be made wherever the article was extracted
 * (a worker thread, extraction-pool.ts) and the writer only joins the pieces: an article with two
 * events in "json" gives `{…},\n{…}`, and the writer puts `[\n` or `,\n` before it. An article
 * without events gives "" in every format but "explain", which still names the article.
 */
export function renderEvents(format: OutputFormat, article: Article, events: readonly ConflictEvent[]): string {
  return RENDERERS[format](article, events);
}

const RENDERERS: Readonly<Record<OutputFormat, (article: Article, events: readonly ConflictEvent[]) => string>> = {
  jsonl: (_article, events) => events.map((event) => JSON.stringify(event) + "\n").join(""),
  json: (_article, events) => events.map((event) => JSON.stringify(event)).join(",\n"),
  csv: (_article, events) => (events.length === 0 ? "" : stringify(events.map(eventCsvRow), { columns: [...EVENT_CSV_COLUMNS], cast: { string: (cell) => neutralizeCsvCell(cell) } })),
  explain: (article, events) => formatExplanation(article, events),
};
