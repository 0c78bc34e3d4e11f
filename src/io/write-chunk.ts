import { once } from "node:events";
import type { Writable } from "node:stream";

/** Write and honour backpressure, so a slow consumer keeps memory flat instead of buffering output. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}
