import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { openOutput } from "../../src/cli/open-output.ts";
import { RasdError } from "../../src/errors/rasd-error.ts";
import { BufferedOutput } from "../../src/io/buffered-output.ts";
import { tempDir } from "../io/temp-dir.ts";

describe("openOutput", () => {
  it("a file gets everything written once closed", async () => {
    const path = join(tempDir({}), "events.jsonl");
    const output = await openOutput(path, new PassThrough());
    const buffer = new BufferedOutput(output.stream);
    buffer.writeLine('{"event_type":"Battles"}');
    await buffer.flush();
    await output.close();
    assert.equal(readFileSync(path, "utf8"), '{"event_type":"Battles"}\n');
  });

  it("a write that fails (a full disk) makes close fail with the file named, instead of hanging", { skip: !existsSync("/dev/full") && "no /dev/full here" }, async () => {
    const output = await openOutput("/dev/full", new PassThrough());
    output.stream.write("قصف\n");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assert.rejects(output.close(), (error: unknown) => error instanceof RasdError && error.code === "unreadable" && /cannot write \(ENOSPC\)/.test(error.message) && error.message.includes("/dev/full"));
  });
});
