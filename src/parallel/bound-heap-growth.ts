import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the old generation grow past what survived its last full collection, in percent.
 *
 * Extraction keeps little (the resources, the word memos: ~45 MB), but each article's tokens and
 * annotations live long enough to be promoted out of the young generation, so the old generation
 * fills with dead articles. On a machine with memory to spare V8 lets it grow to about four times
 * what survived before collecting it, so a long `rasd extract` swelled to 200+ MB with one thread
 * and 330 MB with two, whatever the input's size. At 1.5 times, peak memory stays flat and low for
 * a few more full collections (each marks only the small live heap).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * The young generation of each worker thread, in MB: less room for short-lived data per thread (more
 * frequent, cheap scavenges), so two threads fit under 250 MB together.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

let bounded = false;

/**
 * Bounds the heap's growth for the whole process (every thread, V8's flags are per process). The flag
 * is read at each full collection, so setting it once extraction starts takes effect from the next
 * one. Only the program's edge calls it, through the pool option `boundedHeap`.
 */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
