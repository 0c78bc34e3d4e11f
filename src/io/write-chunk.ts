import type { Writable } from "node:stream";
import { RasdError } from "../errors/rasd-error.ts";

/**
 * Write and honour backpressure, so a slow consumer keeps memory flat instead of buffering output.
 * When the reader has gone away (`rasd export | head -1`: EPIPE, or the stream is already destroyed)
 * this throws an "output-closed" RasdError, which the CLI turns into a quiet stop.
 */
export async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (stream.destroyed) throw closed(stream.errored);
  if (stream.write(chunk)) return;
  if (stream.destroyed) throw closed(stream.errored);
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error | null) => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      if (error) reject(closed(error));
      else if (stream.destroyed) reject(closed(stream.errored));
      else resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
    stream.on("close", done);
  });
}

function closed(cause: Error | null): RasdError {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (cause === null || code === "EPIPE" || code === "ERR_STREAM_DESTROYED") return new RasdError("output-closed", "the output was closed", {}, { cause });
  return new RasdError("unreadable", `cannot write the output (${code ?? cause.message})`, {}, { cause });
}
