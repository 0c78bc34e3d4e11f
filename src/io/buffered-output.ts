import type { Writable } from "node:stream";
import { writeChunk } from "./write-chunk.ts";

/** What a buffer gathers before it writes: large enough that a write is rare, small enough to keep memory flat. */
export const OUTPUT_CHUNK_CHARS = 64 * 1024;
/** How long text may wait in the buffer while nothing more comes (a slow input, `tail -f feed | rasd extract -`). */
export const OUTPUT_IDLE_MS = 50;

/**
 * Text for a stream, gathered and written in large chunks instead of a write per line: stdout to a
 * file or a pipe writes synchronously, a system call and a pass through the stream's machinery for
 * each write, which cost more than the formatting of a short line.
 *
 * - The stream gets the text in the order it was written, all of it once `flush()` has resolved.
 * - Backpressure is honoured a chunk behind: a chunk waits until the stream took the one before it
 *   (its "drain"), so work goes on while a chunk is written and at most two are held.
 * - Text waits at most OUTPUT_IDLE_MS when no more comes, so output still streams from a slow input.
 *   A terminal gets each write at once (`chunkChars` 0): a person reads it as it comes.
 * - A failed write (the reader gone: EPIPE; a full disk) is the error of write-chunk.ts, thrown by
 *   the next `write` that fills the buffer or by `flush`; everything after it is dropped.
 */
export class BufferedOutput {
  readonly #stream: Writable;
  readonly #chunkChars: number;
  #parts: string[] = [];
  #chars = 0;
  /** The last chunk handed on, until the stream has taken it; later chunks are chained to it (and fail with it). */
  #inFlight: Promise<void> = Promise.resolve();
  #idle: NodeJS.Timeout | null = null;

  constructor(stream: Writable, options: { readonly chunkChars?: number } = {}) {
    this.#stream = stream;
    this.#chunkChars = options.chunkChars ?? ((stream as { isTTY?: boolean }).isTTY === true ? 0 : OUTPUT_CHUNK_CHARS);
  }

  /**
   * Adds `text`. Returns undefined while it is only buffered; when the buffer was full and handed
   * on, a promise to await: it waits until the stream took the chunk before, and throws a failed write.
   */
  write(text: string): Promise<void> | undefined {
    if (text.length === 0) return undefined;
    this.#parts.push(text);
    this.#chars += text.length;
    if (this.#chars >= this.#chunkChars) return this.#handOn();
    this.#idle ??= setTimeout(this.#onIdle, OUTPUT_IDLE_MS).unref();
    return undefined;
  }

  /** Hands what is buffered to the stream; resolves once the stream has taken everything written so far. */
  async flush(): Promise<void> {
    this.#handOn();
    await this.#inFlight;
  }

  /** The buffered text as one chunk, chained after the chunk in flight; resolves once the chunk before it drained. */
  #handOn(): Promise<void> {
    const previous = this.#inFlight;
    if (this.#chars === 0) return previous;
    const text = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join("");
    this.#parts = [];
    this.#chars = 0;
    if (this.#idle !== null) {
      clearTimeout(this.#idle);
      this.#idle = null;
    }
    const chunk = previous.then(() => writeChunk(this.#stream, text));
    // Reported to whoever waits next (write, flush); never an unhandled rejection meanwhile.
    chunk.catch(() => {});
    this.#inFlight = chunk;
    return previous;
  }

  readonly #onIdle = (): void => {
    this.#idle = null;
    // A failure stays in the chain: the next write that fills the buffer, or flush, throws it.
    void this.#handOn();
  };
}
