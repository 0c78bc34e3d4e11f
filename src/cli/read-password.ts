import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { RasdError } from "../errors/rasd-error.ts";
import type { CliIo } from "./cli-io.ts";

/**
 * A new password: asked twice on a terminal without echo, or read as the first line of stdin when
 * it is not a terminal (`printf '%s\n' "$PW" | rasd users add ana --role editor`), for scripts.
 */
export async function readNewPassword(io: CliIo, what: string): Promise<string> {
  const tty = (io.stdin as { isTTY?: boolean }).isTTY === true;
  if (!tty) {
    const line = (await firstLine(io)).replace(/\r$/, "");
    if (line === "") throw new RasdError("usage", `${what}: no password on stdin (give it as the first line)`);
    return line;
  }
  const first = await ask(io, "Password: ");
  const second = await ask(io, "Again: ");
  if (first !== second) throw new RasdError("usage", `${what}: the two passwords differ`);
  return first;
}

async function firstLine(io: CliIo): Promise<string> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return "";
  } finally {
    lines.close();
  }
}

/** One line from the terminal with the typed characters not echoed. */
function ask(io: CliIo, prompt: string): Promise<string> {
  io.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: io.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.once("line", (line) => {
      rl.close();
      io.stderr.write("\n");
      resolve(line);
    });
  });
}
