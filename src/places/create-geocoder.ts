import { normalizeKey } from "../text/normalize.ts";
import { distanceKm } from "./distance-km.ts";
import { editDistance } from "./edit-distance.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GeocodeResult, PlaceEntry, PlaceKind } from "./place-entry.ts";
import { PRECISION_OF_KIND } from "./precision-of-kind.ts";
import { withoutArticle } from "../text/word-forms.ts";

export interface GeocodeContext {
  /** Governorate named near the place ("بريف حماة" → "Hama"), English as in admin1. */
  readonly admin1Hint?: string | null;
  /** Gazetteer ids of other places in the same article. */
  readonly nearIds?: readonly string[];
  /** Feature type the text gives ("تل" → hill, "مخيم" → camp). */
  readonly kindHint?: PlaceKind;
}

export type Geocode = (nameAr: string, context?: GeocodeContext) => GeocodeResult & { candidates: number };

/** Names shorter than this (letters, spaces excluded) get no one-letter spelling tolerance. */
const FUZZY_MIN_LETTERS = 5;
/** How a candidate was found; a closer match always beats context. */
const MATCH_PENALTY = { exact: 0, article: 4, fuzzy: 12 } as const;
type Match = keyof typeof MATCH_PENALTY;

const SETTLEMENT: ReadonlySet<PlaceKind> = new Set(["city", "town", "village", "neighbourhood"]);

/**
 * A geocoder over a gazetteer: candidates by normalised name (exact, then with "ال" dropped or
 * added, then one letter off for names of 5+ letters), ranked by governorate hint, distance to
 * the article's other places, feature kind and population. The rule string names every clue used.
 *
 *   geocode("معرة موخص", { admin1Hint: "Idlib" }) → { entry: rasd:maarat-muhas, precision: 1,
 *     rule: "name:fuzzy+admin1", candidates: 1 }
 */
export function createGeocoder(gazetteer: Gazetteer): Geocode {
  const deletions = buildDeletionIndex(gazetteer.names());

  function candidatesOf(key: string): Map<PlaceEntry, Match> {
    const found = new Map<PlaceEntry, Match>();
    const add = (entries: readonly PlaceEntry[], match: Match): void => {
      for (const e of entries) if (!found.has(e)) found.set(e, match);
    };
    add(gazetteer.lookup(key), "exact");
    const bare = withoutArticle(key);
    if (bare) add(gazetteer.lookup(bare), "article");
    add(gazetteer.lookup(`ال${key}`), "article");
    if (found.size > 0 || letters(key) < FUZZY_MIN_LETTERS) return found;
    for (const name of fuzzyNames(key, deletions)) add(gazetteer.lookup(name), "fuzzy");
    return found;
  }

  // Results by name and context, when no other places weigh in: an article names the same places
  // again and again, and ranking their candidates is the same work each time. Bounded.
  // By name, then governorate hint, then kind hint: the name is a string the caller already holds
  // (its hash kept), where one key joining the three was a new string to hash at every call.
  const known = new Map<string, Map<string, Map<string, GeocodeResult & { candidates: number }>>>();
  let knownCount = 0;
  const geocode: Geocode = (nameAr, context = {}) => {
    if (context.nearIds?.length) return rank(nameAr, context);
    const hint = context.admin1Hint ?? "";
    const kind = context.kindHint ?? "";
    let byHint = known.get(nameAr);
    let byKind = byHint?.get(hint);
    let result = byKind?.get(kind);
    if (!result) {
      result = rank(nameAr, context);
      if (knownCount >= GEOCODE_MEMO_LIMIT) {
        known.clear();
        knownCount = 0;
        byHint = undefined;
        byKind = undefined;
      }
      if (!byHint) known.set(nameAr, (byHint = new Map()));
      if (!byKind) byHint.set(hint, (byKind = new Map()));
      byKind.set(kind, result);
      knownCount++;
    }
    return result;
  };
  return geocode;

  function rank(nameAr: string, context: GeocodeContext): GeocodeResult & { candidates: number } {
    const key = normalizeKey(nameAr);
    const found = candidatesOf(key);
    const hint = context.admin1Hint ?? null;
    if (found.size === 0) {
      const gov = hint ? gazetteer.governorate(hint) : undefined;
      return gov
        ? { entry: gov, precision: 3, rule: "unresolved:admin1-fallback", candidates: 0 }
        : { entry: null, precision: 3, rule: "unresolved", candidates: 0 };
    }
    const near = (context.nearIds ?? []).map((id) => gazetteer.get(id)).filter((e) => e !== undefined);
    let best: { entry: PlaceEntry; score: number; clues: string[] } | null = null;
    for (const [entry, match] of found) {
      const clues = [`name:${match}`];
      let score = -MATCH_PENALTY[match];
      if (hint && entry.admin1) {
        if (entry.admin1 === hint) {
          score += 20;
          clues.push("admin1");
        } else score -= 15;
      }
      const nearest = Math.min(
        ...near.filter((n) => n.id !== entry.id).map((n) => distanceKm(n.lat, n.lon, entry.lat, entry.lon)),
      );
      if (nearest < 15) score += 12;
      else if (nearest < 40) score += 6;
      if (nearest < 40) clues.push("near");
      if (context.kindHint && entry.kind === context.kindHint) {
        score += 10;
        clues.push("kind");
      }
      if (SETTLEMENT.has(entry.kind)) score += Math.log10(entry.population + 1);
      if (entry.id.startsWith("rasd:")) score += 0.5;
      if (!best || score > best.score) best = { entry, score, clues };
    }
    const chosen = best!;
    // A spelling guess in another governorate than the article's is another place ("تل حديد" in a
    // report from Suwayda is not "تل حدية" near Aleppo): left unresolved, placed by the hint.
    if (hint && chosen.clues[0] === "name:fuzzy" && chosen.entry.admin1 && chosen.entry.admin1 !== hint) {
      const gov = gazetteer.governorate(hint);
      return gov
        ? { entry: gov, precision: 3, rule: "unresolved:fuzzy-elsewhere+admin1-fallback", candidates: found.size }
        : { entry: null, precision: 3, rule: "unresolved:fuzzy-elsewhere", candidates: found.size };
    }
    if (found.size > 1) chosen.clues.push("ranked");
    return {
      entry: chosen.entry,
      precision: PRECISION_OF_KIND[chosen.entry.kind],
      rule: chosen.clues.join("+"),
      candidates: found.size,
    };
  }
}

const GEOCODE_MEMO_LIMIT = 20_000;

function letters(key: string): number {
  return key.replace(/ /g, "").length;
}

function deletionsOf(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Symmetric-delete index: every one-letter deletion of every long name → those names. */
function buildDeletionIndex(names: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (k: string, name: string): void => {
    const list = index.get(k);
    if (!list) index.set(k, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const name of names) {
    if (letters(name) < FUZZY_MIN_LETTERS) continue;
    add(name, name);
    for (const d of deletionsOf(name)) add(d, name);
  }
  return index;
}

/** Indexed names one insertion, deletion or substitution away from `key`. */
function fuzzyNames(key: string, index: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  for (const probe of [key, ...deletionsOf(key)]) {
    for (const name of index.get(probe) ?? []) {
      if (name !== key && editDistance(name, key, 1) <= 1) out.add(name);
    }
  }
  return out;
}
