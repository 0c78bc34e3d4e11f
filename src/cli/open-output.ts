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
  return {
    stream,
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}
