import type { Writable } from "node:stream";
import { writeChunk } from "./write-chunk.ts";

/** What a buffer gathers before it writes: large enough that a write is rare, small enough to keep memory flat. */
export const OUTPUT_CHUNK_BYTES = 64 * 1024;
/** How long text may wait in the buffer while nothing more comes (a slow input, `tail -f feed | rasd extract -`). */
export const OUTPUT_IDLE_MS = 50;
/** UTF-8 bytes one UTF-16 code unit may take (a surrogate pair's two units take four). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Text for a stream, gathered and written in large chunks instead of a write per line: stdout to a
 * file or a pipe writes synchronously, a system call and a pass through the stream's machinery for
 * each write, which cost more than the formatting of a short line. Each text is encoded (UTF-8)
 * straight into the chunk's bytes as it comes: joining many lines into one long string first, and
 * encoding that, was measured slower than a write per line.
 *
 * - The stream gets the text in the order it was written, all of it once `flush()` has resolved.
 * - Backpressure is honoured a chunk behind: a chunk waits until the stream took the one before it
 *   (its "drain"), so work goes on while a chunk is written and at most two are held.
 * - Text waits at most OUTPUT_IDLE_MS when no more comes, so output still streams from a slow input.
 *   A terminal gets each write at once (`chunkBytes` 0): a person reads it as it comes.
 * - A failed write (the reader gone: EPIPE; a full disk) is the error of write-chunk.ts, thrown by
 *   the next `write` that fills the buffer or by `flush`; everything after it is dropped.
 */
export class BufferedOutput {
  readonly #stream: Writable;
  readonly #chunkBytes: number;
  /** The chunk being filled: bytes [0, #used) are written text. A chunk handed on is never written to again. */
  #bytes: Buffer;
  #used = 0;
  /** The last chunk handed on, until the stream has taken it; later chunks are chained to it (and fail with it). */
  #inFlight: Promise<void> = Promise.resolve();
  #idle: NodeJS.Timeout | null = null;

  constructor(stream: Writable, options: { readonly chunkBytes?: number } = {}) {
    this.#stream = stream;
    this.#chunkBytes = options.chunkBytes ?? ((stream as { isTTY?: boolean }).isTTY === true ? 0 : OUTPUT_CHUNK_BYTES);
    this.#bytes = this.#freshChunk();
  }

  /**
   * Adds `text`. Returns undefined while it is only buffered; when the buffer was full and handed
   * on, a promise to await: it waits until the stream took the chunk before, and throws a failed write.
   */
  write(text: string): Promise<void> | undefined {
    return this.#add(text, false);
  }

  /** Adds `text` and a line feed (as write(text + "\n"), without building that string). */
  writeLine(text: string): Promise<void> | undefined {
    return this.#add(text, true);
  }

  /** Hands what is buffered to the stream; resolves once the stream has taken everything written so far. */
  async flush(): Promise<void> {
    this.#handOn();
    await this.#inFlight;
  }

  #add(text: string, newline: boolean): Promise<void> | undefined {
    const most = text.length * MAX_BYTES_PER_UNIT + 1;
    let waited: Promise<void> | undefined;
    if (this.#used + most > this.#bytes.length) {
      if (this.#used > 0) waited = this.#handOn();
      // A text larger than any chunk goes on as it is, in its turn.
      if (most > this.#bytes.length) return this.#handOnText(newline ? `${text}\n` : text);
    }
    this.#used += this.#bytes.write(text, this.#used, "utf8");
    if (newline) this.#bytes[this.#used++] = 0x0a;
    if (this.#used >= this.#chunkBytes) return this.#handOn();
    if (this.#used > 0) this.#idle ??= setTimeout(this.#onIdle, OUTPUT_IDLE_MS).unref();
    return waited;
  }

  /** The buffered bytes as one chunk, chained after the chunk in flight; resolves once the chunk before it drained. */
  #handOn(): Promise<void> {
    if (this.#used === 0) return this.#inFlight;
    const chunk = this.#bytes.subarray(0, this.#used);
    this.#bytes = this.#freshChunk();
    this.#used = 0;
    return this.#handOnText(chunk);
  }

  #handOnText(chunk: string | Uint8Array): Promise<void> {
    if (this.#idle !== null) {
      clearTimeout(this.#idle);
      this.#idle = null;
    }
    const previous = this.#inFlight;
    const written = previous.then(() => writeChunk(this.#stream, chunk));
    // Reported to whoever waits next (write, flush); never an unhandled rejection meanwhile.
    written.catch(() => {});
    this.#inFlight = written;
    return previous;
  }

  #freshChunk(): Buffer {
    return Buffer.allocUnsafe(Math.max(this.#chunkBytes, 4096) + 4096);
  }

  readonly #onIdle = (): void => {
    this.#idle = null;
    // A failure stays in the chain: the next write that fills the buffer, or flush, throws it.
    void this.#handOn();
  };
}
