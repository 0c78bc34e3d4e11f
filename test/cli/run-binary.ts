import { type ChildProcess, spawn } from "node:child_process";

/** The real `rasd` binary, as a user runs it. */
export const BIN = new URL("../../bin/rasd.js", import.meta.url).pathname;

export interface BinaryRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The first line of stderr ("" when nothing was written): what a user reads first. */
  readonly firstLine: string;
  readonly stderrLines: readonly string[];
}

export interface RunOptions {
  readonly stdin?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Close our end of stdout at once, as `| head` does after its lines: every write then meets EPIPE. */
  readonly closeStdout?: boolean;
  readonly cwd?: string;
}

/** Spawn `node bin/rasd.js ARGS…` and wait for it to exit; no time limit of its own. */
export function runBinary(args: readonly string[], options: RunOptions = {}): Promise<BinaryRun> {
  const child = spawnBinary(args, options);
  if (options.closeStdout) child.stdout!.destroy();
  let stdout = "";
  let stderr = "";
  if (!options.closeStdout) child.stdout!.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  child.stdin!.end(options.stdin ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const stderrLines = stderr.split("\n").filter((l) => l !== "");
      resolve({ code, stdout, stderr, firstLine: stderrLines[0] ?? "", stderrLines });
    });
  });
}

export function spawnBinary(args: readonly string[], options: RunOptions = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
  });
}
