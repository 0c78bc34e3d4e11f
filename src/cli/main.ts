import { RasdError } from "../errors/rasd-error.ts";
import type { CliIo } from "./cli-io.ts";
import type { Command } from "./command.ts";
import { commands } from "./commands/index.ts";
import { formatCommandHelp, formatMainHelp } from "./format-help.ts";
import { parseCommandArgs } from "./parse-command-args.ts";

/**
 * The CLI's edge: picks the command, parses its arguments, runs it, and turns errors into exit codes
 * (usage → 2, other failures → 1). Never calls process.exit; bin/rasd.js sets the exit code.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const all = Object.values(commands) as Command[];
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const target = name === "help" && rest[0] !== undefined ? findCommand(rest[0]) : undefined;
    io.stdout.write(target ? formatCommandHelp(target) : formatMainHelp(all));
    return 0;
  }
  const command = findCommand(name);
  if (command === undefined) {
    io.stderr.write(`rasd: unknown command "${name}"\n\n${formatMainHelp(all)}`);
    return 2;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.kind === "help") {
      io.stdout.write(formatCommandHelp(command));
      return 0;
    }
    return await command.run(parsed.args, io);
  } catch (error) {
    if (error instanceof RasdError) {
      io.stderr.write(`rasd: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`rasd: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

function findCommand(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? (commands[name] as Command) : undefined;
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
