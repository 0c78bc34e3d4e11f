/**
 * choosePlaces picks an event's places in single passes; the table checks it against the same
 * rules written as the chain of filters it replaced, on invented place lists (targets and
 * references, exact towns, areas, a whole country, a repeated town).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { choosePlaces } from "../../src/extract/code/places-in-scope.ts";
import type { PlaceMention } from "../../src/extract/read/place-mention.ts";
import type { PlaceEntry } from "../../src/places/place-entry.ts";

function chained(inScope: readonly PlaceMention[]): PlaceMention[] {
  const all = inScope.filter((p) => !(p.entry?.kind === "country" && p.rule !== "place:area-around"));
  const scope = all.some((p) => p.role === "target")
    ? all.filter((p) => p.role === "target")
    : all.filter((p) => p.entry).map((p) => ({ ...p, precision: Math.max(2, p.precision) as 2 | 3 }));
  const exact = scope.filter((p) => p.precision === 1);
  if (exact.length) {
    const seen = new Set<string>();
    return exact.filter((p) => !seen.has(p.key) && seen.add(p.key));
  }
  const area = scope.find((p) => p.precision === 2) ?? scope.find((p) => p.precision === 3);
  return area ? [area] : [];
}

const entry = (id: string, kind: string): PlaceEntry => ({ id, name_ar: id, name_en: id, aliases_ar: [], kind, lat: 0, lon: 0, admin1: null }) as unknown as PlaceEntry;
let first = 0;
const place = (key: string, precision: 1 | 2 | 3, role: "target" | "reference", kind: string | null, rule = "place:after-trigger"): PlaceMention => {
  first += 2;
  return { first, last: first, nameStart: first * 5, nameEnd: first * 5 + 4, key, entry: kind ? entry(key, kind) : null, precision, role, admin1: null, rule, list: -1 };
};

const cases: ReadonlyArray<readonly [string, readonly PlaceMention[]]> = [
  ["nothing in scope", []],
  ["one exact target", [place("town-a", 1, "target", "town")]],
  ["two exact targets and the first again", [place("town-a", 1, "target", "town"), place("town-b", 1, "target", "town"), place("town-a", 1, "target", "town")]],
  ["an area target after a reference town", [place("town-a", 1, "reference", "town"), place("district-b", 2, "target", "district")]],
  ["a governorate and a district target", [place("gov-c", 3, "target", "governorate"), place("district-b", 2, "target", "district")]],
  ["references only: the first at precision 2 at best, raised", [place("town-a", 1, "reference", "town"), place("gov-c", 3, "reference", "governorate")]],
  ["references only, governorate first", [place("gov-c", 3, "reference", "governorate"), place("district-b", 2, "reference", "district")]],
  ["a reference with no gazetteer entry", [place("unknown", 1, "reference", null)]],
  ["a whole country target places nothing", [place("country-d", 3, "target", "country")]],
  ["the area around a country counts", [place("country-d", 3, "target", "country", "place:area-around")]],
  ["a country target beside a reference town", [place("country-d", 3, "target", "country"), place("town-a", 1, "reference", "town")]],
];

for (const [label, inScope] of cases) {
  test(`choosePlaces: ${label}`, () => {
    const got = choosePlaces(inScope);
    const want = chained(inScope);
    assert.deepEqual(got, want);
    // The same objects where the chain returned the mentions themselves (events claim places by identity).
    assert.deepEqual(got.map((p) => inScope.includes(p)), want.map((p) => inScope.includes(p)));
  });
}
