/**
 * A fixed set of strings, asked whether a text contains any of them. The strings are filed under a
 * hash of their first three code units, so a text is read once, position by position, instead of
 * once per string:
 *
 *   new SubstringSet(["جميع الحقوق محفوظة", "اقرا ايضا"]).foundIn("اقرا ايضا: تقارير")  →  true
 *
 * Most positions of a line start none of the strings, and a table of one byte per hash says so
 * without a Map lookup. Filing under three code units, not two, matters for Arabic: many strings
 * open on the article "ال", and so do many words of any line ("العاجل", "المصدر"), but far fewer
 * share the letter after it. Strings shorter than three code units are matched with includes().
 */
export class SubstringSet {
  /** 1 where some string's first three code units hash, else 0. */
  readonly #starts = new Uint8Array(HASHES);
  readonly #byHash = new Map<number, string[]>();
  readonly #short: readonly string[];

  constructor(strings: Iterable<string>) {
    const short: string[] = [];
    for (const s of strings) {
      if (s.length < 3) short.push(s);
      else {
        const hash = hashAt(s, 0);
        this.#starts[hash] = 1;
        const list = this.#byHash.get(hash);
        if (list) list.push(s);
        else this.#byHash.set(hash, [s]);
      }
    }
    this.#short = short;
  }

  /** Whether `text` contains one of the strings. */
  foundIn(text: string): boolean {
    for (const s of this.#short) if (text.includes(s)) return true;
    if (this.#byHash.size === 0) return false;
    const starts = this.#starts;
    for (let i = 0; i + 2 < text.length; i++) {
      const hash = hashAt(text, i);
      if (starts[hash] === 0) continue;
      // A hash may be shared by other triples: the strings filed under it are compared in full.
      for (const s of this.#byHash.get(hash)!) if (text.startsWith(s, i)) return true;
    }
    return false;
  }
}

const HASHES = 1 << 16;

/** A 16-bit hash of the three code units at `i`. */
function hashAt(s: string, i: number): number {
  return (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (HASHES - 1);
}
