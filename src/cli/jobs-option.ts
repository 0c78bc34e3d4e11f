import { availableParallelism } from "node:os";
import { RasdError } from "../errors/rasd-error.ts";

/**
 * `--jobs N` of the commands that extract: how many threads run the extraction. The default is the
 * command's own (extractJobs, ingestJobs), because what a thread more buys differs between them.
 */
export function jobsOptionOf(defaultJobs: number, description: string) {
  return {
    jobs: { type: "string", short: "j", default: String(defaultJobs), placeholder: "N", description },
  } as const;
}

/**
 * `rasd extract`'s default: one thread on a machine of one or two cores, else one per core.
 *
 * A thread more is a second copy of the extractor to warm up, and on a medium input the warming is a
 * large part of the cost: V8 compiles the pipeline's hot functions anew in each thread (seconds of
 * CPU, paid again after a deoptimisation), so two threads that extract 5,000 articles each spend
 * far more than one thread extracting all 10,000. One thread already keeps part of a second core
 * busy with that compiling and with garbage collection, so on two cores the second thread has no
 * idle core to warm up on, and `--jobs 2` was measured slower than one thread (5,000 to 50,000
 * articles, December 2026). With more cores the other threads would warm up on cores otherwise idle
 * (not measured: the default there is unchanged).
 */
export function extractJobs(cores: number = availableParallelism()): number {
  return cores <= 2 ? 1 : cores;
}

/** `rasd ingest`'s default: one worker per core (its own thread stores while the workers extract). */
export function ingestJobs(cores: number = availableParallelism()): number {
  return cores;
}

/** The value of `--jobs`, checked: a whole number from 1 to 256. */
export function jobsOption(command: string, value: string): number {
  const jobs = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new RasdError("usage", `${command}: --jobs must be a whole number from 1 to 256 (got "${value}")`);
  }
  return jobs;
}
