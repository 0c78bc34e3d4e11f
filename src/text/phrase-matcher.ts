import { lexiconStemKeys, type WordClass } from "./light-stem.ts";
import { normalizeKey } from "./normalize.ts";
import { takeMemoSlot, type Token } from "./tokenize.ts";

/**
 * How a phrase met the text, most exact first: every word as written ("surface"), some word only once
 * its proclitics were removed ("proclitic": "وبالغارات" for "الغارات"), or some word only through its
 * light stem ("stem": "باستهدافها" for "استهداف").
 */
export type MatchKind = "surface" | "proclitic" | "stem";

const RANK: Record<MatchKind, number> = { surface: 0, proclitic: 1, stem: 2 };

/** A lexicon phrase found in a token sequence: tokens [first, last], the entry's payload. */
export interface PhraseMatch<T> {
  readonly first: number;
  readonly last: number;
  readonly value: T;
  /** The phrase as written in the lexicon (normalised). */
  readonly phrase: string;
  readonly match: MatchKind;
}

export interface PhraseMatcherOptions {
  /** Also match words on their light stems (see light-stem.ts). Off by default: names are not inflected. */
  readonly stems?: boolean;
  /** Part of speech of the phrase's first word, where the lexicon states it (a noun takes no pronoun). */
  readonly pos?: WordClass;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
  readonly phrase: string;
  /** Per word: the token stem keys it accepts (light-stem.ts), when the entry matches on stems; else null. */
  readonly keys: ReadonlyArray<ReadonlySet<string>> | null;
}

/**
 * Longest-match, non-overlapping matcher of multi-word lexicon phrases over tokens. Each token may
 * match through any of its forms (proclitics removed); the first word may carry proclitics, later
 * words may too (lists such as "قرى بليون والموزرة").
 *
 * With stems on, a word also matches a token when one of the token's stems equals the word or one of
 * the word's own stems, the lexicon side stemmed as the text is: "غارة" (stem "غار") meets
 * "الغارتين", "استهداف" meets "باستهدافها". Token stems are only ever reached by removing an
 * affix, so a bare "غار" (a cave) does not meet "غارة". Among matches starting at one token the longest
 * wins, then the most exact (surface, proclitic, stem).
 */
export class PhraseMatcher<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();
  readonly #byStem = new Map<string, Entry<T>[]>();
  /** The phrases added (normalised): a second add of one is ignored, without scanning its list. */
  readonly #phrases = new Set<string>();
  readonly #stems: boolean;
  /**
   * This matcher's slot in each token's memo (tokenize.ts), where it keeps the entries the token's word
   * may start: a token's forms and stems depend on its word alone, and news repeats its words, so the
   * hot loop reads one array slot per token instead of looking up every form and stem. A phrase added
   * after a lookup moves the matcher to a fresh slot, so nothing remembered is stale.
   */
  #slot = takeMemoSlot();
  #looked = false;
  /** Scratch of #bestAt, reused so that scanning a token allocates nothing when nothing matches. */
  readonly #best: Best<T> = { entry: null, last: -1, rank: 3 };

  constructor(options: PhraseMatcherOptions = {}) {
    this.#stems = options.stems ?? false;
  }

  add(phrase: string, value: T, options: PhraseMatcherOptions = {}): void {
    const key = normalizeKey(phrase);
    if (!key) return;
    const words = key.split(" ");
    if (this.#phrases.has(key)) return;
    this.#phrases.add(key);
    const stems = options.stems ?? this.#stems;
    if (this.#looked) {
      this.#slot = takeMemoSlot();
      this.#looked = false;
    }
    const entry: Entry<T> = { words, value, phrase: key, keys: stems ? words.map((w, j) => lexiconStemKeys(w, j === 0 ? options.pos : undefined)) : null };
    insert(this.#byFirst, words[0]!, entry);
    if (entry.keys) for (const k of entry.keys[0]!) insert(this.#byStem, k, entry);
  }

  /** Every match starting at token `i`: longest first, then most exact; one per entry. */
  matchesAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const tok = tokens[i];
    if (!tok || tok.kind === "punct") return out;
    const seen = new Set<Entry<T>>();
    for (const form of tok.forms) {
      const list = this.#byFirst.get(form);
      if (list) this.#extend(tokens, i, list, form === tok.text ? "surface" : "proclitic", seen, out);
    }
    if (this.#byStem.size) {
      for (const stem of tok.stems) {
        const list = this.#byStem.get(stem);
        if (list) this.#extend(tokens, i, list, "stem", seen, out);
      }
    }
    out.sort((a, b) => b.last - a.last || RANK[a.match] - RANK[b.match]);
    return out;
  }

  /** Longest matches scanning left to right, never overlapping. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.#bestAt(tokens, i);
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }

  /** Whether some entry of this matcher may start at the token (through its forms or stems). */
  startsAt(tok: Token): boolean {
    return tok.kind !== "punct" && this.#startsOf(tok).length > 0;
  }

  /** The match findAll would take at token `i`: the first of `matchesAt(tokens, i)`, or null. */
  bestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    return this.#bestAt(tokens, i);
  }

  /**
   * Changes when a phrase is added after the matcher was used: what a caller remembered per word
   * about this matcher (layered-matcher.ts) is then stale.
   */
  get generation(): number {
    return this.#slot;
  }

  /**
   * The first of `matchesAt(tokens, i)` without building the list: the same candidates in the same
   * order, kept only when longer or more exact (this is the matcher's hot loop).
   */
  #bestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const tok = tokens[i];
    if (!tok || tok.kind === "punct") return null;
    const starts = this.#startsOf(tok);
    if (starts.length === 0) return null;
    const best = this.#best;
    best.entry = null;
    for (const start of starts) considerEntries(tokens, i, start, best);
    const entry: Entry<T> | null = (best as Best<T>).entry;
    return entry ? { first: i, last: best.last, value: entry.value, phrase: entry.phrase, match: KINDS[best.rank]! } : null;
  }

  /** The entry lists a token may start, in the order #bestAt weighs them: its forms, then its stems. */
  #startsOf(tok: Token): readonly Start<T>[] {
    // Only this matcher writes its slot, always with its own Start<T> lists.
    const known = tok.memo[this.#slot] as readonly Start<T>[] | undefined;
    if (known) return known;
    this.#looked = true;
    const starts: Start<T>[] = [];
    for (const form of tok.forms) {
      const list = this.#byFirst.get(form);
      if (list) starts.push(startOf(list, form === tok.text ? 0 : 1));
    }
    if (this.#byStem.size) {
      for (const stem of tok.stems) {
        const list = this.#byStem.get(stem);
        if (list) starts.push(startOf(list, 2));
      }
    }
    const value = starts.length ? starts : NO_STARTS;
    tok.memo[this.#slot] = value;
    return value;
  }

  /** The entries of `list` whose later words follow token `i`; the first word matched as `kind`. */
  #extend(tokens: readonly Token[], i: number, list: readonly Entry<T>[], kind: MatchKind, seen: Set<Entry<T>>, out: PhraseMatch<T>[]): void {
    for (const e of list) {
      if (seen.has(e)) continue;
      let match: MatchKind = kind;
      let j = 1;
      for (; j < e.words.length; j++) {
        const next = wordMatch(tokens[i + j], e.words[j]!, e.keys?.[j]);
        if (!next) break;
        if (RANK[next] > RANK[match]) match = next;
      }
      if (j < e.words.length) continue;
      seen.add(e);
      out.push({ first: i, last: i + e.words.length - 1, value: e.value, phrase: e.phrase, match });
    }
  }
}

const KINDS: readonly MatchKind[] = ["surface", "proclitic", "stem"];

/** Entries whose first word a token meets, and how exactly (0 surface, 1 proclitic, 2 stem). */
interface Start<T> {
  readonly list: readonly Entry<T>[];
  readonly rank: number;
  /** The list by second words, when it is long enough to be read through them (else null). */
  readonly index: SecondWords | null;
}

function startOf<T>(list: readonly Entry<T>[], rank: number): Start<T> {
  return { list, rank, index: list.length < INDEXED_LIST ? null : secondWordsOf(list) };
}

const NO_STARTS: readonly Start<never>[] = [];

/** The best match so far at one token: its entry, last token and rank (0 surface … 2 stem). */
interface Best<T> {
  entry: Entry<T> | null;
  last: number;
  rank: number;
}

/** Entries of `list` that match at token `i` (first word met at `rank`), kept in `best` when longer or more exact. */
function considerEntries<T>(tokens: readonly Token[], i: number, start: Start<T>, best: Best<T>): void {
  const { list, rank, index } = start;
  if (index === null) {
    for (const e of list) if (!consider(tokens, i, e, rank, best)) return;
    return;
  }
  // A long list ("قوات …": every force of every country) is read through its second words: only the
  // entries whose second word the next token may be, with the one-word entries and those matched on
  // stems, in the list's order, so the outcome is the full scan's.
  const candidates = scratch;
  candidates.length = 0;
  for (const k of index.always) candidates.push(k);
  const next = tokens[i + 1];
  if (next) {
    for (const form of next.forms) pushAll(candidates, index.bySecond.get(form));
    if (!next.forms.includes(next.text)) pushAll(candidates, index.bySecond.get(next.text));
  }
  if (candidates.length > index.always.length) sortAscending(candidates);
  for (const k of candidates) if (!consider(tokens, i, list[k]!, rank, best)) return;
}

/** Weighs one entry at token `i`; false when no later entry of its list can win (they are shorter). */
function consider<T>(tokens: readonly Token[], i: number, e: Entry<T>, rank: number, best: Best<T>): boolean {
  const last = i + e.words.length - 1;
  // A list runs longest first (insert()): once its entries are shorter than the best, none after can win.
  if (best.entry && last < best.last) return false;
  // A candidate as long as the best, met no more exactly at its first word, cannot win.
  if (best.entry && last === best.last && rank >= best.rank) return true;
  let r = rank;
  let j = 1;
  for (; j < e.words.length; j++) {
    const next = wordMatch(tokens[i + j], e.words[j]!, e.keys?.[j]);
    if (!next) break;
    r = Math.max(r, RANK[next]);
  }
  if (j < e.words.length) return true;
  if (!best.entry || last > best.last || r < best.rank) {
    best.entry = e;
    best.last = last;
    best.rank = r;
  }
  return true;
}

/** Lists this long are read through their second words (shorter ones are scanned whole). */
const INDEXED_LIST = 8;

/**
 * A list's entries by second word, as positions in the list: those that need the next token to be
 * that word (on its surface or a proclitic form), apart from those that may meet it otherwise (one
 * word, or matched on stems), which are always weighed.
 */
interface SecondWords {
  readonly always: readonly number[];
  readonly bySecond: ReadonlyMap<string, readonly number[]>;
}

const secondWords = new WeakMap<readonly Entry<unknown>[], SecondWords>();
/** The candidate positions of one considerEntries call (it never runs inside another). */
const scratch: number[] = [];

/** Sorts a few distinct positions in place (insertion sort: no comparator call, nothing allocated). */
function sortAscending(positions: number[]): void {
  for (let k = 1; k < positions.length; k++) {
    const p = positions[k]!;
    let at = k;
    while (at > 0 && positions[at - 1]! > p) {
      positions[at] = positions[at - 1]!;
      at--;
    }
    positions[at] = p;
  }
}

function secondWordsOf<T>(list: readonly Entry<T>[]): SecondWords {
  const known = secondWords.get(list);
  if (known) return known;
  const always: number[] = [];
  const bySecond = new Map<string, number[]>();
  list.forEach((e, k) => {
    if (e.words.length === 1 || e.keys !== null) always.push(k);
    else {
      const second = e.words[1]!;
      const at = bySecond.get(second);
      if (at) at.push(k);
      else bySecond.set(second, [k]);
    }
  });
  const built = { always, bySecond };
  secondWords.set(list, built);
  return built;
}

function pushAll(into: number[], from: readonly number[] | undefined): void {
  if (from) for (const k of from) into.push(k);
}

/** How one token meets one lexicon word, or null. */
function wordMatch(t: Token | undefined, word: string, keys: ReadonlySet<string> | undefined): MatchKind | null {
  if (!t) return null;
  if (t.text === word) return "surface";
  if (t.forms.includes(word)) return "proclitic";
  if (keys && t.stems.some((s) => keys.has(s))) return "stem";
  return null;
}

/**
 * Adds `entry` to its key's list, kept longest first and, among equally long phrases, in the order
 * they were added (what a stable sort after each push gave, without sorting thousands of times while
 * a gazetteer loads): "مدينة إدلب" goes after "مدينة معرة النعمان" and after an earlier two-word
 * "مدينة حلب".
 */
function insert<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [entry]);
    return;
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.words.length < entry.words.length) at--;
  list.splice(at, 0, entry);
  secondWords.delete(list);
}
