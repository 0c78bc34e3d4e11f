/**
 * Machine-readable error codes. The CLI turns them into exit codes (usage → 2, anything else → 1);
 * a future HTTP layer can turn them into statuses. Adding a code is one line here.
 */
export const ERROR_CODES = {
  USAGE: "usage",
  NOT_JSON: "not-json",
  BAD_ARTICLE: "bad-article",
  INVALID_UTF8: "invalid-utf8",
  TOO_LARGE: "too-large",
  UNREADABLE: "unreadable",
  EXTRACTION_FAILED: "extraction-failed",
} as const;

export type RasdErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Where in the input an error happened, so the message can name the file and line. */
export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
}

/**
 * The one error class of rasd. Thrown anywhere; only the edge (the CLI's `main`) maps it to an exit code.
 *
 *   throw new RasdError("not-json", "Unexpected token", { file: "a.jsonl", line: 3 });
 *   // message: "a.jsonl:3: Unexpected token"
 */
export class RasdError extends Error {
  readonly code: RasdErrorCode;
  readonly location: ErrorLocation;

  constructor(code: RasdErrorCode, detail: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(prefix(location) + detail, options);
    this.name = "RasdError";
    this.code = code;
    this.location = location;
  }

  /** Exit code a CLI should return for this error. */
  get exitCode(): number {
    return this.code === "usage" ? 2 : 1;
  }
}

function prefix(location: ErrorLocation): string {
  if (location.file === undefined) return location.line === undefined ? "" : `line ${location.line}: `;
  return location.line === undefined ? `${location.file}: ` : `${location.file}:${location.line}: `;
}
