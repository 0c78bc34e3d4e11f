import assert from "node:assert/strict";
import { PassThrough, Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "node:test";
import { BufferedOutput, OUTPUT_IDLE_MS } from "../../src/io/buffered-output.ts";
import { RasdError } from "../../src/errors/rasd-error.ts";

/** A stream that records each write it is handed (as text); `fail` makes every write fail with that errno code. */
function recorder(options: { fail?: string; highWaterMark?: number; slow?: boolean } = {}): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    ...(options.highWaterMark === undefined ? {} : { highWaterMark: options.highWaterMark }),
    write(chunk: string | Buffer, _encoding, callback) {
      writes.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      const done = () => callback(options.fail ? Object.assign(new Error(`write ${options.fail}`), { code: options.fail }) : null);
      if (options.slow) setTimeout(done, 5);
      else done();
    },
  });
  stream.on("error", () => {});
  return { stream, writes };
}

const LINE = "قصف مدفعي على بلدة في الريف الجنوبي\n";

describe("buffered output", () => {
  it("gathers lines into few large writes, in order, all of them once flushed", async () => {
    const { stream, writes } = recorder();
    const out = new BufferedOutput(stream, { chunkBytes: 1000 });
    const lines = Array.from({ length: 200 }, (_, i) => `${i} ${LINE}`);
    for (const line of lines) {
      const written = out.write(line);
      if (written) await written;
    }
    await out.flush();
    assert.equal(writes.join(""), lines.join(""));
    assert.ok(writes.length <= Math.ceil(Buffer.byteLength(lines.join("")) / 1000) + 1, `${writes.length} writes for 200 lines`);
    assert.ok(writes.length > 1, "a full buffer is written before the end");
  });

  it("writeLine adds a line feed; a text larger than a chunk goes on whole, in its turn", async () => {
    const { stream, writes } = recorder();
    const out = new BufferedOutput(stream, { chunkBytes: 100 });
    const long = LINE.repeat(50);
    out.writeLine("أ");
    await out.write(long);
    out.writeLine("ب");
    await out.flush();
    assert.equal(writes.join(""), `أ\n${long}ب\n`);
  });

  it("nothing is written while the buffer fills, until flush", async () => {
    const { stream, writes } = recorder();
    const out = new BufferedOutput(stream, { chunkBytes: 1 << 20 });
    assert.equal(out.write(LINE), undefined);
    assert.equal(out.write(LINE), undefined);
    await Promise.resolve();
    assert.deepEqual(writes, []);
    await out.flush();
    assert.deepEqual(writes, [LINE + LINE]);
  });

  it("text does not wait in the buffer when no more comes (a slow input still streams)", async () => {
    const { stream, writes } = recorder();
    const out = new BufferedOutput(stream, { chunkBytes: 1 << 20 });
    out.write(LINE);
    await sleep(OUTPUT_IDLE_MS * 3);
    assert.deepEqual(writes, [LINE]);
  });

  it("a terminal gets each write at once", async () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    const seen: string[] = [];
    stream.on("data", (c: Buffer) => seen.push(c.toString("utf8")));
    const out = new BufferedOutput(stream);
    await out.write(LINE);
    await out.write(LINE);
    await Promise.resolve();
    assert.deepEqual(seen, [LINE, LINE]);
  });

  it("waits for a slow stream to take a chunk before handing it the next (memory stays flat)", async () => {
    const { stream, writes } = recorder({ highWaterMark: 10, slow: true });
    const out = new BufferedOutput(stream, { chunkBytes: 100 });
    let waited = 0;
    for (let i = 0; i < 30; i++) {
      const written = out.write(LINE);
      if (written) {
        await written;
        waited++;
        assert.ok(stream.writableLength <= 2 * (100 + Buffer.byteLength(LINE)), "at most a chunk or two held by the stream");
      }
    }
    await out.flush();
    assert.ok(waited > 3);
    assert.equal(writes.join(""), LINE.repeat(30));
  });

  it("a reader gone away (EPIPE) is the quiet output-closed error, from flush", async () => {
    const { stream } = recorder({ fail: "EPIPE" });
    const out = new BufferedOutput(stream, { chunkBytes: 1 << 20 });
    out.write(LINE);
    await assert.rejects(out.flush(), (error: unknown) => error instanceof RasdError && error.code === "output-closed");
  });

  it("a failed write (a full disk) is reported, by the write that fills the buffer next, and again by flush", async () => {
    const { stream, writes } = recorder({ fail: "ENOSPC" });
    const out = new BufferedOutput(stream, { chunkBytes: Buffer.byteLength(LINE) * 2 });
    const failure = (error: unknown) => error instanceof RasdError && error.code === "unreadable" && /cannot write the output \(ENOSPC\)/.test(error.message);
    assert.equal(out.write(LINE), undefined);
    await out.write(LINE); // the first chunk is handed on; nothing before it failed
    await sleep(1);
    let thrown = false;
    for (let i = 0; i < 4 && !thrown; i++) {
      try {
        await out.write(LINE);
      } catch (error) {
        assert.ok(failure(error), String(error));
        thrown = true;
      }
    }
    assert.ok(thrown, "a later write reports the failure");
    await assert.rejects(out.flush(), failure);
    assert.equal(writes.length, 1, "nothing is written after a failed write");
  });

  it("a destroyed stream is output-closed, not a crash", async () => {
    const { stream } = recorder();
    stream.destroy();
    const out = new BufferedOutput(stream);
    out.write(LINE);
    await assert.rejects(out.flush(), (error: unknown) => error instanceof RasdError && error.code === "output-closed");
  });
});
