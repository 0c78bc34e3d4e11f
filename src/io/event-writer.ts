import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { Article } from "../model/article.ts";
import type { ConflictEvent } from "../model/conflict-event.ts";
import { neutralizeCsvCell } from "../export/neutralize-csv-cell.ts";
import { EVENT_CSV_COLUMNS, eventCsvRow } from "./event-csv-row.ts";
import { formatExplanation } from "./format-explanation.ts";
import { writeChunk } from "./write-chunk.ts";

/** Output formats of `rasd extract`. "explain" is the human-readable provenance report. */
export const OUTPUT_FORMATS = ["jsonl", "json", "csv", "explain"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes the events of one article after another, streaming: nothing is kept between articles. */
export interface EventWriter {
  writeArticle(article: Article, events: readonly ConflictEvent[]): Promise<void>;
  /** Closes the document (the JSON array's "]"); does not end the stream. */
  finish(): Promise<void>;
}

/** A writer for `format` on `out`. Every format gets one (the Record makes a missing one a type error). */
export function createEventWriter(format: OutputFormat, out: Writable): EventWriter {
  return FACTORIES[format](out);
}

const FACTORIES: Readonly<Record<OutputFormat, (out: Writable) => EventWriter>> = {
  jsonl: (out) => ({
    // One write per article, not per event: stdout to a file or a pipe writes synchronously, a system call per write.
    async writeArticle(_article, events) {
      if (events.length > 0) await writeChunk(out, events.map((event) => JSON.stringify(event) + "\n").join(""));
    },
    async finish() {},
  }),
  json: (out) => {
    let count = 0;
    return {
      async writeArticle(_article, events) {
        if (events.length > 0) await writeChunk(out, events.map((event) => (count++ === 0 ? "[\n" : ",\n") + JSON.stringify(event)).join(""));
      },
      async finish() {
        await writeChunk(out, count === 0 ? "[]\n" : "\n]\n");
      },
    };
  },
  csv: (out) => {
    let headerWritten = false;
    const header = async (): Promise<void> => {
      if (headerWritten) return;
      headerWritten = true;
      await writeChunk(out, stringify([[...EVENT_CSV_COLUMNS]]));
    };
    return {
      async writeArticle(_article, events) {
        await header();
        if (events.length > 0) await writeChunk(out, stringify(events.map(eventCsvRow), { columns: [...EVENT_CSV_COLUMNS], cast: { string: (cell) => neutralizeCsvCell(cell) } }));
      },
      finish: header,
    };
  },
  explain: (out) => ({
    async writeArticle(article, events) {
      await writeChunk(out, formatExplanation(article, events));
    },
    async finish() {},
  }),
};
