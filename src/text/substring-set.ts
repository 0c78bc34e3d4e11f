/**
 * A fixed set of strings, asked whether a text contains any of them. The strings are filed under
 * their first two code units, so a text is read once, pair by pair, instead of once per string:
 *
 *   new SubstringSet(["جميع الحقوق محفوظة", "اقرا ايضا"]).foundIn("اقرا ايضا: تقارير")  →  true
 *
 * Strings shorter than two code units are matched with includes().
 */
export class SubstringSet {
  readonly #byPair = new Map<number, string[]>();
  readonly #short: readonly string[];

  constructor(strings: Iterable<string>) {
    const short: string[] = [];
    for (const s of strings) {
      if (s.length < 2) short.push(s);
      else {
        const pair = pairAt(s, 0);
        const list = this.#byPair.get(pair);
        if (list) list.push(s);
        else this.#byPair.set(pair, [s]);
      }
    }
    this.#short = short;
  }

  /** Whether `text` contains one of the strings. */
  foundIn(text: string): boolean {
    for (const s of this.#short) if (text.includes(s)) return true;
    if (this.#byPair.size === 0) return false;
    for (let i = 0; i + 1 < text.length; i++) {
      const list = this.#byPair.get(pairAt(text, i));
      if (list) for (const s of list) if (text.startsWith(s, i)) return true;
    }
    return false;
  }
}

function pairAt(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}
