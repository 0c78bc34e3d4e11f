import assert from "node:assert/strict";
import { test } from "node:test";
import { candidateBands, CANDIDATE_GROUPS } from "../../src/ingest/candidate-bands.ts";
import { storeArticle } from "../../src/ingest/store-article.ts";
import { signatureBands, textSignature } from "../../src/ingest/text-signature.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";
import { FIXTURE, fixtureExtractor } from "./fixture-corpus.ts";

const NOW = "2024-03-08T00:00:00Z";

const CASES: readonly { label: string; bands: string[]; groups: [string, number][]; want: string[] }[] = [
  { label: "bands no group has are kept", bands: ["0:a", "1:b"], groups: [], want: ["0:a", "1:b"] },
  { label: "bands whose groups add up to the budget are kept", bands: ["0:a", "1:b"], groups: [["0:a", 4], ["1:b", CANDIDATE_GROUPS - 4]], want: ["0:a", "1:b"] },
  { label: "a crowded band is left out", bands: ["0:a", "1:b", "2:c"], groups: [["0:a", CANDIDATE_GROUPS + 1], ["1:b", 1]], want: ["1:b", "2:c"] },
  { label: "the rarest bands are taken first, up to the budget", bands: ["0:a", "1:b", "2:c", "3:d", "4:e"], groups: [["0:a", 1], ["1:b", 900], ["3:d", 40], ["4:e", 30]], want: ["0:a", "2:c", "4:e"] },
  { label: "of two equally rare bands over the budget, the first in the text", bands: ["0:a", "1:b"], groups: [["0:a", 40], ["1:b", 40]], want: ["0:a"] },
  { label: "a text made only of crowded bands keeps them all", bands: ["0:a", "1:b"], groups: [["0:a", 900], ["1:b", CANDIDATE_GROUPS + 1]], want: ["0:a", "1:b"] },
];

for (const c of CASES) {
  test(`candidate bands: ${c.label}`, () => {
    assert.deepEqual(candidateBands(c.bands, new Map(c.groups)), c.want);
  });
}

// fx-c is fx-b with a sentence added, from another outlet: 8 of their 16 bands are equal.
const [ORIGINAL, COPY] = [FIXTURE[1]!, FIXTURE[2]!];
const bandsOf = (text: string) => signatureBands(textSignature(text));
const SHARED = bandsOf(COPY.article.text).filter((band) => bandsOf(ORIGINAL.article.text).includes(band));

/** Stored groups of unrelated stories (no article rows needed) that all have `bands`: boilerplate. */
async function crowd(store: Store, bands: readonly string[]): Promise<void> {
  const rows = bands.flatMap((band) => Array.from({ length: CANDIDATE_GROUPS + 1 }, (_, i) => ({ band, root: `boilerplate-${i}` })));
  await queryBuilder(store).insertInto("band_roots").values(rows).onConflict((oc) => oc.doNothing()).execute();
}

/** Store the original, make `crowded` of the copy's bands crowded, store the copy: what it copies. */
async function copyLinkedTo(store: Store, crowded: readonly string[]): Promise<string | null> {
  const extract = fixtureExtractor();
  await storeArticle(store, { article: ORIGINAL.article, sourceKind: "jsonl", extraction: extract(ORIGINAL.article), now: NOW });
  await crowd(store, crowded);
  const outcome = await storeArticle(store, { article: COPY.article, sourceKind: "jsonl", extraction: extract(COPY.article), now: NOW });
  assert.equal(outcome.status, "stored");
  return outcome.status === "stored" ? outcome.syndicatedOf : null;
}

test("the fixture's copy shares several bands with its original", () => {
  assert.ok(SHARED.length >= 2, `shared bands: ${SHARED.length}`);
});

testEachBackEnd("a syndicated copy is still found when all but one of the bands it shares are crowded", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  assert.equal(await copyLinkedTo(store, SHARED.slice(1)), ORIGINAL.article.id);
  await store.close();
});

testEachBackEnd("a text sharing only crowded bands with a stored one is not compared with it (the rule's price)", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  assert.equal(await copyLinkedTo(store, SHARED), null);
  await store.close();
});

testEachBackEnd("a text whose bands are all crowded is compared under all of them, and its copy found", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  assert.equal(await copyLinkedTo(store, bandsOf(COPY.article.text)), ORIGINAL.article.id);
  await store.close();
});
