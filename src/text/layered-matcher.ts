import type { PhraseMatch, PhraseMatcher } from "./phrase-matcher.ts";
import { takeMemoSlot, type Token } from "./tokenize.ts";

/**
 * Several phrase matchers (the layers of a lexicon: actors, triggers, cues, dates …) run over a
 * sentence in one pass. Each layer keeps its own longest, non-overlapping matches, exactly what its
 * own findAll gives; layers may overlap each other ("غارات" is a trigger and an air cue).
 *
 * Most words start no phrase of most layers ("في", "أن", "الذي"). Each distinct word remembers, in
 * its tokens' memo, the layers it may start a phrase of, so a token costs one memo read however
 * many layers there are, instead of one per layer.
 */
export class LayeredMatcher<T> {
  readonly #layers: readonly PhraseMatcher<T>[];
  /** The layers' generations when this matcher's memo slot was taken. */
  readonly #generations: number[];
  #slot = takeMemoSlot();
  /** Scratch of findAll (it never runs inside itself). */
  readonly #free: Int32Array;

  constructor(layers: readonly PhraseMatcher<T>[]) {
    this.#layers = layers;
    this.#generations = layers.map((l) => l.generation);
    this.#free = new Int32Array(layers.length);
  }

  /** Per layer (in the order given), what that layer's own findAll(tokens) returns. */
  findAll(tokens: readonly Token[]): ReadonlyArray<readonly PhraseMatch<T>[]> {
    this.#forgetIfStale();
    const layers = this.#layers;
    // A layer that matches nothing shares one empty list: most sentences match few layers.
    const out: (readonly PhraseMatch<T>[])[] = new Array<readonly PhraseMatch<T>[]>(layers.length).fill(NO_MATCHES);
    // The first token each layer may match at: the one after its last match.
    const free = this.#free.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.kind === "punct") continue;
      for (const k of this.#layersStartingAt(tok)) {
        if (i < free[k]!) continue;
        const m = layers[k]!.bestAt(tokens, i);
        if (m) {
          const list = out[k]!;
          // Only lists made here are pushed to, never the shared empty one.
          if (list === NO_MATCHES) out[k] = [m];
          else (list as PhraseMatch<T>[]).push(m);
          free[k] = m.last + 1;
        }
      }
    }
    return out;
  }

  /** The layers (by position) with an entry that may start at this word token. */
  #layersStartingAt(tok: Token): readonly number[] {
    const known = tok.memo[this.#slot] as readonly number[] | undefined;
    if (known) return known;
    const starting: number[] = [];
    this.#layers.forEach((layer, k) => {
      if (layer.startsAt(tok)) starting.push(k);
    });
    const value = starting.length ? starting : NO_LAYERS;
    tok.memo[this.#slot] = value;
    return value;
  }

  /** A phrase added to a layer after use makes the remembered layer lists stale: take a fresh slot. */
  #forgetIfStale(): void {
    let stale = false;
    this.#layers.forEach((layer, k) => {
      if (layer.generation !== this.#generations[k]) {
        this.#generations[k] = layer.generation;
        stale = true;
      }
    });
    if (stale) this.#slot = takeMemoSlot();
  }
}

const NO_LAYERS: readonly number[] = [];
const NO_MATCHES: readonly PhraseMatch<never>[] = [];
