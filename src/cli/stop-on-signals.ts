/** A long-running command's stop: aborted by Ctrl-C (SIGINT) or SIGTERM; `dispose` lets go of both. */
export interface SignalStop {
  readonly signal: AbortSignal;
  dispose(): void;
}

/** Stop a polling loop at the next check instead of killing it mid-write (`rasd watch`, `rasd worker`). */
export function stopOnSignals(): SignalStop {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
