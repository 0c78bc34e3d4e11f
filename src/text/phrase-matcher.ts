import { normalizeKey } from "./normalize.ts";
import type { Token } from "./tokenize.ts";

/** A lexicon phrase found in a token sequence: tokens [first, last], the entry's payload. */
export interface PhraseMatch<T> {
  readonly first: number;
  readonly last: number;
  readonly value: T;
  /** The phrase as written in the lexicon (normalised). */
  readonly phrase: string;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
  readonly phrase: string;
}

/**
 * Longest-match, non-overlapping matcher of multi-word lexicon phrases over tokens. Each token may
 * match through any of its forms (proclitics removed); the first word may carry proclitics, later
 * words may too (lists such as "قرى بليون والموزرة").
 */
export class PhraseMatcher<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const key = normalizeKey(phrase);
    if (!key) return;
    const words = key.split(" ");
    const list = this.#byFirst.get(words[0]!) ?? [];
    if (list.some((e) => e.phrase === key)) return;
    list.push({ words, value, phrase: key });
    list.sort((a, b) => b.words.length - a.words.length);
    this.#byFirst.set(words[0]!, list);
  }

  /** Every match starting at token `i`, longest first. */
  matchesAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const tok = tokens[i];
    if (!tok || tok.kind === "punct") return out;
    for (const form of tok.forms) {
      const list = this.#byFirst.get(form);
      if (!list) continue;
      for (const e of list) {
        let ok = true;
        for (let j = 1; j < e.words.length; j++) {
          const t = tokens[i + j];
          if (!t || !t.forms.includes(e.words[j]!)) {
            ok = false;
            break;
          }
        }
        if (ok) out.push({ first: i, last: i + e.words.length - 1, value: e.value, phrase: e.phrase });
      }
    }
    out.sort((a, b) => b.last - a.last);
    return out;
  }

  /** Longest matches scanning left to right, never overlapping. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.matchesAt(tokens, i)[0];
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }
}
