/** One line of a byte stream, without its "\n" (a trailing "\r" is kept; the decoder's caller strips it). */
export interface ByteLine {
  /** 1-based line number. */
  readonly number: number;
  /** The line's bytes, or null when it was longer than the cap (its bytes were dropped as they came). */
  readonly bytes: Uint8Array | null;
}

/**
 * Split a byte stream into lines in constant memory: only the current line is held, and a line over
 * `maxBytes` is dropped while it streams past, so one huge line cannot exhaust memory.
 * Lines are split on bytes, before decoding, so invalid UTF-8 stays confined to its own line.
 */
export async function* readByteLines(source: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let pieces: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): ByteLine => {
    number++;
    const bytes = tooLong ? null : pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, size);
    pieces = [];
    size = 0;
    tooLong = false;
    return { number, bytes };
  };
  const add = (piece: Uint8Array): void => {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      pieces = [];
      return;
    }
    pieces.push(piece);
    size += piece.length;
  };
  for await (const raw of source) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy the tail: the chunk's buffer may be reused by the stream.
    if (start < chunk.length) add(Uint8Array.prototype.slice.call(chunk, start));
  }
  if (size > 0 || tooLong) yield finish();
}
