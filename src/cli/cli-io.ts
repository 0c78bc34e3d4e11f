import type { Readable, Writable } from "node:stream";

/** The streams a command talks to. Passed in (never `process.*` directly) so tests run commands in-process. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
}
