import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { main } from "../../src/cli/main.ts";
import { formatScore } from "../../src/eval/format-score.ts";
import { readJsonlFile } from "../../src/eval/read-jsonl-file.ts";
import { scoreEvents } from "../../src/eval/score-events.ts";
import type { GoldArticle, ScoredEvent } from "../../src/eval/scoring-types.ts";
import { captureIo } from "../cli/capture-io.ts";

const GOLD = "test/eval/fixtures/gold.jsonl";
const EVENTS = "test/eval/fixtures/events.jsonl";
const SHARED_SCORER = "/work/shared/eval/score.mjs";

async function score() {
  const gold = (await readJsonlFile(GOLD)) as GoldArticle[];
  const events = (await readJsonlFile(EVENTS)) as ScoredEvent[];
  return { gold, scoring: scoreEvents(gold, events) };
}

describe("scoreEvents on the fixtures", () => {
  it("gives the hand-computed figures", async () => {
    const { result } = (await score()).scoring;
    assert.equal(result.gold_events, 4);
    assert.equal(result.system_events, 5, "the event of article zz (not in gold) is ignored");
    assert.equal(result.matched, 3);
    assert.equal(result.precision, 0.6);
    assert.equal(result.recall, 0.75);
    assert.ok(Math.abs(result.f1 - 2 / 3) < 1e-12);
    assert.deepEqual(result.attribute_accuracy, {
      sub_event_type: 1, actor1: 2 / 3, actor2: 1, admin1: 1, date: 2 / 3, killed: 1, injured: 1, all: 1 / 3,
    });
    assert.equal(result.full_record_recall, 0.25);
    assert.deepEqual(result.geo_within_10km, { events: 1, share: 1 });
    assert.deepEqual(result.relevance, { precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    assert.deepEqual(result.dedup_pairs, { gold: 1, system: 1, precision: 1, recall: 1, f1: 1 });
  });

  it("lists misses, partial matches and extras in score.mjs order", async () => {
    const { details } = (await score()).scoring;
    assert.deepEqual(details, [
      'PART a1 Shelling/artillery/missile attack @ بلدة كفرنبل: date: gold "2024-03-05" got "2024-03-06"',
      "EXTRA a1 Shelling/artillery/missile attack @ حاس 2024-03-05",
      'PART a2 Air/drone strike @ كفرنبل: actor1: gold "RUS" got "SYR_GOV"',
      "EXTRA a3 Peaceful protest @ إدلب 2024-03-07",
      "MISS a4 Arrests @ مدينة الباب ",
    ]);
  });

  it("prints the table ending with the event F1", async () => {
    const { gold, scoring } = await score();
    const table = formatScore(scoring, gold.length, false).trimEnd().split("\n");
    assert.equal(table[0], "articles 4  gold events 4  system events 5  matched 3");
    assert.equal(table[1], "events      P  60.0  R  75.0  F1  66.7   (type + place + date ±1 day)");
    assert.equal(table.at(-1), "event F1 0.667");
  });
});

describe("rasd eval", () => {
  it("prints the same table as the shared scorer", { skip: !existsSync(SHARED_SCORER) && "no /work/shared" }, async () => {
    for (const flags of [["--verbose"], ["--json"]]) {
      const expected = execFileSync("node", [SHARED_SCORER, GOLD, EVENTS, ...flags], { encoding: "utf8" });
      const io = captureIo();
      assert.equal(await main(["eval", "--gold", GOLD, "--events", EVENTS, ...flags], io), 0);
      assert.equal(io.out(), expected, `flags ${flags.join(" ")}`);
    }
  });

  it("needs exactly one of --articles and --events", async () => {
    const io = captureIo();
    assert.equal(await main(["eval", "--gold", GOLD], io), 2);
    assert.match(io.err(), /exactly one of --articles/);
  });

  it("names the file and line of a gold line that is not JSON", async () => {
    const io = captureIo();
    assert.equal(await main(["eval", "--gold", "test/eval/fixtures/events.jsonl", "--events", "test/eval/place-match.test.ts"], io), 1);
    assert.match(io.err(), /place-match\.test\.ts:1: not JSON/);
  });
});
