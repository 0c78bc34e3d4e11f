import { formatLocation, type ErrorLocation } from "../errors/rasd-error.ts";
import { escapeBidiControls } from "./escape-bidi-controls.ts";

/**
 * The one shape of every line rasd writes on stderr about its work: "rasd: <where>: <what>", where
 * <where> is a file:line, a URL or the command. Warnings say so after the place. Bidi and control
 * characters from the input are shown escaped (escape-bidi-controls.ts).
 *
 *   formatMessage("a.jsonl:3", "not JSON")                 // "rasd: a.jsonl:3: not JSON\n"
 *   formatWarning({ file: "b.jsonl" }, "no articles")     // "rasd: b.jsonl: warning: no articles\n"
 */
export function formatMessage(where: string | null, what: string): string {
  const line = where === null || where === "" ? `rasd: ${what}` : `rasd: ${where}: ${what}`;
  return `${escapeBidiControls(line)}\n`;
}

export function formatWarning(location: ErrorLocation | string, what: string): string {
  return formatMessage(typeof location === "string" ? location : formatLocation(location), `warning: ${what}`);
}
