import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { RasdError } from "../errors/rasd-error.ts";

/** Where a command writes: a file (`--out`) or stdout. `close` ends a file and waits until it is on disk. */
export interface Output {
  readonly stream: Writable;
  close(): Promise<void>;
}

export async function openOutput(path: string | undefined, stdout: Writable): Promise<Output> {
  if (path === undefined || path === "-") return { stream: stdout, close: async () => {} };
  const stream = createWriteStream(path);
  try {
    await once(stream, "open");
  } catch (error) {
    throw new RasdError("unreadable", `cannot write (${(error as NodeJS.ErrnoException).code ?? "error"})`, { file: path });
  }
  // A failed write is reported by the next write (write-chunk.ts) or by close, not as an uncaught 'error' event.
  stream.on("error", () => {});
  const failed = (error: unknown): RasdError => new RasdError("unreadable", `cannot write (${(error as NodeJS.ErrnoException | null)?.code ?? "error"})`, { file: path });
  return {
    stream,
    async close() {
      // A write that failed (a full disk) destroyed the stream: its "finish" will never come, and
      // waiting for it left the command hanging until Node gave up on it (exit 13, no message).
      if (stream.destroyed) throw failed(stream.errored);
      stream.end();
      try {
        await once(stream, "finish");
      } catch (error) {
        throw failed(error);
      }
    },
  };
}
