import type { Command } from "./command.ts";

/** Usage text of one command, built from its declaration. */
export function formatCommandHelp(command: Command): string {
  const lines = [`Usage: rasd ${command.name}${command.positionals ? ` ${command.positionals}` : ""} [options]`, "", command.summary];
  if (command.description) lines.push("", command.description.trimEnd());
  const rows: [string, string][] = [];
  for (const [name, spec] of Object.entries(command.options)) {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}`;
    if (spec.type === "boolean") {
      rows.push([flag, spec.description]);
      continue;
    }
    const placeholder = spec.placeholder ?? (spec.choices ? spec.choices.join("|") : "VALUE");
    const extra = spec.default === undefined ? "" : ` (default: ${spec.default})`;
    rows.push([`${flag} ${placeholder}`, spec.description + extra]);
  }
  rows.push(["-h, --help", "Show this help"]);
  lines.push("", "Options:", ...table(rows));
  return lines.join("\n") + "\n";
}

/** Usage text of `rasd` itself: the list of commands. */
export function formatMainHelp(commands: readonly Pick<Command, "name" | "summary">[]): string {
  const rows: [string, string][] = commands.map((c) => [c.name, c.summary]);
  return [
    "rasd (رصد) — Arabic conflict news → coded ACLED-style events with evidence spans",
    "",
    "Usage: rasd <command> [options]",
    "",
    "Commands:",
    ...table(rows),
    "",
    "Run `rasd <command> --help` for the options of a command, `rasd --version` for the version.",
    "Exit codes: 0 all good, 1 some input failed, 2 bad command line.",
    "",
  ].join("\n");
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
