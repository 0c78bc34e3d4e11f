import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { Article } from "../model/article.ts";
import type { ConflictEvent } from "../model/conflict-event.ts";
import { EVENT_CSV_COLUMNS } from "./event-csv-row.ts";
import { type OutputFormat, renderEvents } from "./render-events.ts";
import { writeChunk } from "./write-chunk.ts";

export { OUTPUT_FORMATS, type OutputFormat } from "./render-events.ts";

/** Writes the events of one article after another, streaming: nothing is kept between articles. */
export interface EventWriter {
  writeArticle(article: Article, events: readonly ConflictEvent[]): Promise<void>;
  /** Writes one article's events already rendered in the writer's format (renderEvents). */
  writeRendered(rendered: string): Promise<void>;
  /** Closes the document (the JSON array's "]"); does not end the stream. */
  finish(): Promise<void>;
}

/** A writer for `format` on `out`. Every format gets one (the Record makes a missing one a type error). */
export function createEventWriter(format: OutputFormat, out: Writable): EventWriter {
  const document = DOCUMENTS[format](out);
  return {
    writeArticle: (article, events) => document.add(renderEvents(format, article, events)),
    writeRendered: (rendered) => document.add(rendered),
    finish: () => document.finish(),
  };
}

/** What a format adds around the articles' rendered pieces. One write per article, not per event. */
interface EventDocument {
  add(rendered: string): Promise<void>;
  finish(): Promise<void>;
}

const DOCUMENTS: Readonly<Record<OutputFormat, (out: Writable) => EventDocument>> = {
  // stdout to a file or a pipe writes synchronously, a system call per write: nothing empty is written.
  jsonl: (out) => ({
    async add(rendered) {
      if (rendered !== "") await writeChunk(out, rendered);
    },
    async finish() {},
  }),
  json: (out) => {
    let empty = true;
    return {
      async add(rendered) {
        if (rendered === "") return;
        const opening = empty ? "[\n" : ",\n";
        empty = false;
        await writeChunk(out, opening + rendered);
      },
      async finish() {
        await writeChunk(out, empty ? "[]\n" : "\n]\n");
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
      async add(rendered) {
        await header();
        if (rendered !== "") await writeChunk(out, rendered);
      },
      finish: header,
    };
  },
  explain: (out) => ({
    async add(rendered) {
      await writeChunk(out, rendered);
    },
    async finish() {},
  }),
};
