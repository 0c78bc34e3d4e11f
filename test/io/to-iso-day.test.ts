import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toIsoDay } from "../../src/io/to-iso-day.ts";

/** What a day string means to JavaScript's Date: the day it prints back, when it is one. */
function byDate(day: string): string | null {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("toIsoDay", () => {
  it("agrees with Date on every month and day number of leap, common and century years", () => {
    for (const year of [0, 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          assert.equal(toIsoDay(text), byDate(text), text);
        }
      }
    }
  });

  it("reads the day at the start of a timestamp, as written; nothing else is a day", () => {
    assert.equal(toIsoDay("2023-05-02T23:30:00+03:00"), "2023-05-02");
    assert.equal(toIsoDay("  2024-02-29 10:00"), "2024-02-29");
    assert.equal(toIsoDay("2023-02-29"), null);
    assert.equal(toIsoDay("2023-5-2"), null);
    assert.equal(toIsoDay("2023-05-02x"), null);
    assert.equal(toIsoDay("الثلاثاء 2023-05-02"), null);
  });
});
