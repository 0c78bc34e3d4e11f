import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { Article } from "../model/article.ts";
import type { ConflictEvent } from "../model/conflict-event.ts";
import { neutralizeCsvCell } from "../export/neutralize-csv-cell.ts";
import { EVENT_CSV_COLUMNS, eventCsvRow } from "./event-csv-row.ts";
import { formatExplanation } from "./format-explanation.ts";
import { BufferedOutput } from "./buffered-output.ts";

/** Output formats of `rasd extract`. "explain" is the human-readable provenance report. */
export const OUTPUT_FORMATS = ["jsonl", "json", "csv", "explain"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Writes the events of one article after another, streaming: nothing is kept between articles but
 * the last few lines, gathered into large writes (buffered-output.ts).
 */
export interface EventWriter {
  /** Undefined while the text is only buffered; else a promise to await (backpressure, a failed write). */
  writeArticle(article: Article, events: readonly ConflictEvent[]): Promise<void> | undefined;
  /** Closes the document (the JSON array's "]") and writes out what is buffered; does not end the stream. */
  finish(): Promise<void>;
  /** Writes out what is buffered (after a failure elsewhere: the events extracted so far still reach the output). */
  flush(): Promise<void>;
}

/** A writer for `format` on `out`. Every format gets one (the Record makes a missing one a type error). */
export function createEventWriter(format: OutputFormat, out: Writable): EventWriter {
  const buffer = new BufferedOutput(out);
  const writer = FACTORIES[format](buffer);
  return {
    writeArticle: (article, events) => writer.writeArticle(article, events),
    async finish() {
      const trailer = writer.trailer();
      if (trailer !== "") buffer.write(trailer);
      await buffer.flush();
    },
    flush: () => buffer.flush(),
  };
}

/** One format: the text of each article's events, handed to the buffer, and what closes the document. */
interface FormatWriter {
  writeArticle(article: Article, events: readonly ConflictEvent[]): Promise<void> | undefined;
  trailer(): string;
}

const FACTORIES: Readonly<Record<OutputFormat, (out: BufferedOutput) => FormatWriter>> = {
  jsonl: (out) => ({
    writeArticle(_article, events) {
      let written: Promise<void> | undefined;
      for (const event of events) written = out.writeLine(JSON.stringify(event)) ?? written;
      return written;
    },
    trailer: () => "",
  }),
  json: (out) => {
    let count = 0;
    return {
      writeArticle(_article, events) {
        let written: Promise<void> | undefined;
        for (const event of events) {
          written = out.write(count++ === 0 ? "[\n" : ",\n") ?? written;
          written = out.write(JSON.stringify(event)) ?? written;
        }
        return written;
      },
      trailer: () => (count === 0 ? "[]\n" : "\n]\n"),
    };
  },
  csv: (out) => {
    let headerWritten = false;
    const header = (): string => {
      if (headerWritten) return "";
      headerWritten = true;
      return stringify([[...EVENT_CSV_COLUMNS]]);
    };
    return {
      writeArticle(_article, events) {
        const head = header();
        const rows = events.length > 0 ? stringify(events.map(eventCsvRow), { columns: [...EVENT_CSV_COLUMNS], cast: { string: (cell) => neutralizeCsvCell(cell) } }) : "";
        return out.write(head + rows);
      },
      trailer: header,
    };
  },
  explain: (out) => ({
    writeArticle: (article, events) => out.write(formatExplanation(article, events)),
    trailer: () => "",
  }),
};
