import { normalizeKey } from "../text/normalize.ts";

/** MinHash size and banding: 16 bands of 4 rows find pairs with Jaccard ≥ 0.7 with probability > 0.97. */
const HASHES = 64;
const ROWS = 4;
/** Word shingle length: three words rarely repeat between two independent reports of one event. */
const SHINGLE = 3;

/**
 * A MinHash signature of the text's word 3-grams, for finding near-identical texts (syndicated copies,
 * the same agency wire on two sites) without comparing every pair. Deterministic: fixed seeds.
 */
export function textSignature(text: string): number[] {
  const words = normalizeKey(text).split(" ").filter((w) => w !== "");
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE).join(" ")));
  const signature: number[] = new Array<number>(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const h = mix(s ^ SEEDS[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** Band keys of a signature: texts that share one are compared. */
export function signatureBands(signature: readonly number[]): string[] {
  const bands: string[] = [];
  for (let b = 0; b * ROWS < signature.length; b++) bands.push(`${b}:${signature.slice(b * ROWS, (b + 1) * ROWS).map((n) => n.toString(36)).join(".")}`);
  return bands;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit integer finaliser (murmur3 fmix32): turns one hash into many independent-looking ones. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: HASHES }, (_, k) => mix(0x9e3779b9 * (k + 1)));
