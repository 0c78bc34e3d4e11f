/**
 * Machine-readable error codes. Only the edges give them a meaning: the CLI's `main` an exit code,
 * the server an HTTP status. Adding a code is one line here (and one in each edge's table).
 */
export const ERROR_CODES = {
  USAGE: "usage",
  NOT_JSON: "not-json",
  BAD_ARTICLE: "bad-article",
  INVALID_UTF8: "invalid-utf8",
  TOO_LARGE: "too-large",
  UNREADABLE: "unreadable",
  EXTRACTION_FAILED: "extraction-failed",
  /** The command needs a database and there is none at the path (run `rasd ingest` first). */
  NO_DATABASE: "no-database",
  /** The reader of our output went away (`rasd export | head -1`): not a failure, we just stop. */
  OUTPUT_CLOSED: "output-closed",
  /** The server cannot listen: the port is taken or not allowed. */
  CANNOT_LISTEN: "cannot-listen",
  /** What the command names does not exist (an event, an account, a decision). */
  NOT_FOUND: "not-found",
} as const;

export type RasdErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Where in the input an error happened, so the message can name the file and line. */
export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
}

/**
 * The one error class of rasd. Thrown anywhere; only the edge (the CLI's `main`) maps it to an exit code.
 * `message` is "<where>: <what>", `detail` the <what> alone.
 *
 *   throw new RasdError("not-json", "Unexpected token", { file: "a.jsonl", line: 3 });
 *   // message: "a.jsonl:3: Unexpected token"
 */
export class RasdError extends Error {
  readonly code: RasdErrorCode;
  readonly location: ErrorLocation;
  readonly detail: string;

  constructor(code: RasdErrorCode, detail: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    const where = formatLocation(location);
    super(where === null ? detail : `${where}: ${detail}`, options);
    this.name = "RasdError";
    this.code = code;
    this.location = location;
    this.detail = detail;
  }
}

/** "a.jsonl:3", "a.jsonl", "line 3", or null when nothing is known. */
export function formatLocation(location: ErrorLocation): string | null {
  if (location.file === undefined) return location.line === undefined ? null : `line ${location.line}`;
  return location.line === undefined ? location.file : `${location.file}:${location.line}`;
}
