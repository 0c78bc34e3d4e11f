import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFramingLexicon } from "../../src/framing/load-framing-lexicon.ts";
import { normalizeKey } from "../../src/text/normalize.ts";
import { framingLexicon } from "./framing-test-lexicon.ts";

test("data/lexicon/framing.json loads and covers every camp", () => {
  const camps = new Set(framingLexicon.terms.flatMap((t) => Object.entries(t.camps).filter(([, w]) => (w ?? 0) > 0).map(([c]) => c)));
  assert.deepEqual([...camps].sort(), ["government", "kurdish", "neutral", "opposition"]);
});

test("no form belongs to two terms (the matcher would keep only the first)", () => {
  const seen = new Map<string, string>();
  for (const t of framingLexicon.terms) {
    for (const f of t.forms) {
      const key = normalizeKey(f);
      const other = seen.get(key);
      assert.ok(other === undefined || other === t.id, `"${f}" is in ${other} and ${t.id}`);
      seen.set(key, t.id);
    }
  }
});

test("a term with an unknown camp or dimension fails at load, naming the entry", () => {
  const bad = structuredClone(framingLexicon) as unknown as { terms: { camps: Record<string, number>; dimension: string }[] };
  bad.terms[0]!.camps = { royalist: 1 };
  assert.throws(() => parseFramingLexicon(JSON.stringify(bad), "bad.json"), /bad\.json.*terms\.0\.camps/);
  const bad2 = structuredClone(framingLexicon) as unknown as { terms: { dimension: string }[] };
  bad2.terms[1]!.dimension = "nowhere";
  assert.throws(() => parseFramingLexicon(JSON.stringify(bad2), "bad.json"), /unknown dimension "nowhere"/);
});
