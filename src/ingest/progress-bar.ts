import type { Writable } from "node:stream";

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second, only when stderr is a
 * terminal (never in logs or pipes). Total may be unknown: then it shows counts only.
 */
export class ProgressBar {
  readonly #stream: Writable & { isTTY?: boolean; columns?: number };
  readonly #enabled: boolean;
  #total: number | null = null;
  #lastDraw = 0;
  #drawn = false;

  constructor(stream: Writable) {
    this.#stream = stream;
    this.#enabled = (stream as { isTTY?: boolean }).isTTY === true;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  setTotal(total: number | null): void {
    this.#total = total;
  }

  update(done: number, label: string): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#lastDraw < 100 && done !== this.#total) return;
    this.#lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.#stream.columns ?? 80) - 50));
    let line: string;
    if (this.#total !== null && this.#total > 0) {
      const ratio = Math.min(1, done / this.#total);
      const filled = Math.round(ratio * width);
      line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${this.#total} ${label}`;
    } else {
      line = `${done} ${label}`;
    }
    this.#stream.write(`\r\x1b[2K${line}`);
    this.#drawn = true;
  }

  /** Clear the bar so the summary line that follows starts clean. */
  clear(): void {
    if (this.#enabled && this.#drawn) this.#stream.write("\r\x1b[2K");
    this.#drawn = false;
  }
}
