import { takeMemoSlot, type Token } from "./tokenize.ts";

/**
 * A fixed set of word forms, asked whether a token is one of them through any of its forms
 * ("وبعدها" through "بعدها"). The answer depends on the token's word alone, so it is remembered in
 * the word's memo (tokenize.ts): a word asked about again costs one memo read, not a lookup per form.
 * The set must not change once asked.
 *
 *   formSetOf(new Set(["بعدها"])).has(tokenize("وبعدها")[0])  →  true
 */
export class FormSet {
  readonly #set: ReadonlySet<string>;
  readonly #slot = takeMemoSlot();

  constructor(set: ReadonlySet<string>) {
    this.#set = set;
  }

  has(tok: Token): boolean {
    const known = tok.memo[this.#slot] as boolean | undefined;
    if (known !== undefined) return known;
    let found = false;
    for (const f of tok.forms) {
      if (this.#set.has(f)) {
        found = true;
        break;
      }
    }
    tok.memo[this.#slot] = found;
    return found;
  }
}

const formSets = new WeakMap<ReadonlySet<string>, FormSet>();

/** The one FormSet of a set (built on first use). */
export function formSetOf(set: ReadonlySet<string>): FormSet {
  let formSet = formSets.get(set);
  if (!formSet) {
    formSet = new FormSet(set);
    formSets.set(set, formSet);
  }
  return formSet;
}
