import { readFileSync } from "node:fs";
import { RasdError, type RasdErrorCode } from "../errors/rasd-error.ts";
import type { CliIo } from "./cli-io.ts";
import type { Command } from "./command.ts";
import { commands } from "./commands/index.ts";
import { formatCommandHelp, formatMainHelp } from "./format-help.ts";
import { formatMessage } from "./format-message.ts";
import { parseCommandArgs } from "./parse-command-args.ts";

/**
 * The one exit-code policy of every command: 0 all good, 1 some input (or the work) failed, 2 the
 * command line is wrong. Commands return 0 or 1 for what they went through; errors that stop them
 * get theirs here. The output closing under us (`rasd export | head -1`) is the reader's choice: 0.
 */
const EXIT_CODES: Readonly<Record<RasdErrorCode, 0 | 1 | 2>> = {
  usage: 2,
  "not-json": 1,
  "bad-article": 1,
  "invalid-utf8": 1,
  "too-large": 1,
  unreadable: 1,
  "extraction-failed": 1,
  "no-database": 1,
  "cannot-listen": 1,
  "not-found": 1,
  "output-closed": 0,
};

/**
 * The CLI's edge: picks the command, parses its arguments, runs it, and turns errors into exit codes
 * and one stderr line each ("rasd: <where>: <what>"). Never calls process.exit; bin/rasd.js sets the
 * exit code.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout.write(`rasd ${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0] !== undefined) {
      const target = await findCommand(rest[0]);
      if (target === undefined) return unknownCommand(rest[0], io);
      io.stdout.write(formatCommandHelp(target));
      return 0;
    }
    io.stdout.write(formatMainHelp(Object.entries(commands).map(([command, entry]) => ({ name: command, summary: entry.summary }))));
    return 0;
  }
  const command = await findCommand(name);
  if (command === undefined) return unknownCommand(name, io);
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.kind === "help") {
      io.stdout.write(formatCommandHelp(command));
      return 0;
    }
    return await command.run(parsed.args, io);
  } catch (error) {
    if (error instanceof RasdError) {
      if (error.code !== "output-closed") io.stderr.write(formatMessage(null, error.message));
      return EXIT_CODES[error.code];
    }
    io.stderr.write(formatMessage(name, `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return 1;
  }
}

function unknownCommand(name: string, io: CliIo): number {
  io.stderr.write(formatMessage(null, `unknown command "${name}" (see: rasd --help)`));
  return 2;
}

/** Loads the named command's modules, and only those. */
async function findCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(commands, name) ? await commands[name]!.load() : undefined;
}

function packageVersion(): string {
  const json = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof json.version === "string" ? json.version : "unknown";
}

/**
 * The process's streams. A reader that goes away (`| head`) makes stdout emit EPIPE: the listener
 * keeps that from crashing the process; the next write then throws "output-closed" (write-chunk.ts).
 */
function processIo(): CliIo {
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
