import { parseArgs } from "node:util";
import { RasdError } from "../errors/rasd-error.ts";
import type { Command, CommandArgs, OptionSpecs, OptionValues } from "./command.ts";

/** What the user asked for: run the command with these arguments, or print its help. */
export type ParsedCommandLine<O extends OptionSpecs> =
  | { readonly kind: "run"; readonly args: CommandArgs<O> }
  | { readonly kind: "help" };

/**
 * Parse a command's argv with node:util parseArgs, from the command's own declaration.
 * Unknown options, missing values and values outside `choices` throw a "usage" RasdError.
 */
export function parseCommandArgs<O extends OptionSpecs>(command: Command<O>, argv: readonly string[]): ParsedCommandLine<O> {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's first sentence is the point ("Unknown option '--bogus'"); the rest is advice for scripts.
    const first = (error as Error).message.split(/\.(?:\s|$)|\n/)[0] ?? "";
    throw new RasdError("usage", `${command.name}: ${first.charAt(0).toLowerCase()}${first.slice(1)} (see: rasd ${command.name} --help)`);
  }
  if (parsed.values["help"] === true) return { kind: "help" };
  if (command.positionals === undefined && parsed.positionals.length > 0) {
    throw new RasdError("usage", `${command.name}: unexpected argument "${parsed.positionals[0]}"`);
  }
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const raw = parsed.values[name];
    if (spec.type === "boolean") {
      values[name] = raw === true;
      continue;
    }
    const value = typeof raw === "string" ? raw : spec.default;
    if (value !== undefined && spec.choices !== undefined && !spec.choices.includes(value)) {
      throw new RasdError("usage", `${command.name}: --${name} must be one of ${spec.choices.join(", ")} (got "${value}")`);
    }
    values[name] = value;
  }
  return { kind: "run", args: { options: values as OptionValues<O>, positionals: parsed.positionals } };
}
