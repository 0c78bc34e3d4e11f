import type { CliIo } from "./cli-io.ts";

/** One command-line option, declared once: parsing, defaults and help all come from this. */
export type OptionSpec =
  | {
      readonly type: "string";
      readonly description: string;
      readonly short?: string;
      readonly default?: string;
      /** Shown in help: `--format FORMAT`. */
      readonly placeholder?: string;
      /** Allowed values; anything else is a usage error. */
      readonly choices?: readonly string[];
    }
  | {
      readonly type: "boolean";
      readonly description: string;
      readonly short?: string;
    };

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Parsed option values, typed from the declaration: booleans, strings with a default, optional strings. */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: OptionValue<O[K]> };

/** Distributes over unions, so the generic `Command` accepts every specific one. */
export type OptionValue<S> = S extends { readonly type: "boolean" }
  ? boolean
  : S extends { readonly default: string }
    ? string
    : string | undefined;

export interface CommandArgs<O extends OptionSpecs> {
  readonly options: OptionValues<O>;
  readonly positionals: readonly string[];
}

/**
 * A sub-command of `rasd`: a plain object. Register it with one line in `commands/index.ts`.
 *
 *   export const helloCommand = defineCommand({
 *     name: "hello", summary: "Say hello", options: { loud: { type: "boolean", description: "Shout" } },
 *     async run({ options }, io) { io.stdout.write(options.loud ? "HELLO\n" : "hello\n"); return 0; },
 *   });
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** One line, shown in `rasd --help`. */
  readonly summary: string;
  /** Usage of the positional arguments, e.g. "[FILES|DIRS|-]"; omitted when the command takes none. */
  readonly positionals?: string;
  /** Longer text shown in `rasd <cmd> --help`. */
  readonly description?: string;
  readonly options: O;
  /** Returns the exit code. Throws RasdError for failures that stop the whole command. */
  run(args: CommandArgs<O>, io: CliIo): Promise<number>;
}

/** Identity function that keeps the literal option types, so `run` sees typed values. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}
