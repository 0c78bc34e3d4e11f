import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../src/cli/cli-io.ts";

/** In-process streams for running commands in tests: stdin from a string or bytes, stdout/stderr collected. */
export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(stdin: string | Uint8Array = ""): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => outChunks.push(c));
  stderr.on("data", (c: Buffer) => errChunks.push(c));
  return {
    stdin: Readable.from([typeof stdin === "string" ? Buffer.from(stdin, "utf8") : Buffer.from(stdin)]),
    stdout,
    stderr,
    out: () => Buffer.concat(outChunks).toString("utf8"),
    err: () => Buffer.concat(errChunks).toString("utf8"),
  };
}
