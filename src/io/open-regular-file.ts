import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { RasdError } from "../errors/rasd-error.ts";

/**
 * Open a file for reading only if it is a regular file. A symlink to /dev/zero would be read without
 * end and a FIFO would block the open forever, so: the open is non-blocking (a FIFO opens at once),
 * and the handle's own fstat decides (no race between a check and the open). Errors are RasdError
 * "unreadable" naming the file.
 *
 *   await openRegularFile("zero.txt") // rasd: zero.txt: not a regular file (a character device), skipped
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path }, { cause: error });
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    const kind = info.isFIFO() ? "a FIFO" : info.isCharacterDevice() ? "a character device" : info.isBlockDevice() ? "a block device" : info.isSocket() ? "a socket" : info.isDirectory() ? "a directory" : "not a file";
    throw new RasdError("unreadable", `not a regular file (${kind}), skipped`, { file: path });
  }
  return handle;
}

/**
 * A regular file's bytes, refused above `maxBytes`. The limit holds while reading, not only against
 * the size stat gave: a file that grows under us is cut off at `maxBytes + 1` bytes and refused.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await openRegularFile(path);
  try {
    const tooLarge = () => new RasdError("too-large", `file larger than ${maxBytes} bytes, skipped`, { file: path });
    if ((await handle.stat()).size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(256 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge();
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof RasdError) throw error;
    throw new RasdError("unreadable", `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path }, { cause: error });
  } finally {
    await handle.close();
  }
}

/** A regular file as a byte stream (for JSONL, read line by line in constant memory). */
export async function openRegularFileStream(path: string): Promise<Readable> {
  const handle = await openRegularFile(path);
  return handle.createReadStream();
}
