import { availableParallelism } from "node:os";
import { RasdError } from "../errors/rasd-error.ts";

/** `--jobs N` of the commands that extract: how many worker threads run the extraction. */
export const JOBS_OPTION = {
  jobs: {
    type: "string",
    short: "j",
    default: String(availableParallelism()),
    placeholder: "N",
    description: "Extract on N worker threads (1: in the main thread); output keeps the input's order",
  },
} as const;

/** The value of `--jobs`, checked: a whole number from 1 to 256. */
export function jobsOption(command: string, value: string): number {
  const jobs = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new RasdError("usage", `${command}: --jobs must be a whole number from 1 to 256 (got "${value}")`);
  }
  return jobs;
}
