import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editDistance } from "../../src/eval/edit-distance.ts";
import { corePlaceName, placeMatch } from "../../src/eval/place-match.ts";

describe("placeMatch", () => {
  const cases: [string | null, string | null, boolean, string][] = [
    ["بلدة سرمين", "سرمين", true, "place-type word dropped"],
    ["ريف حلب الغربي", "حلب", true, "ريف and غربي (after ال) only say around"],
    ["بريف حلب", "حلب", false, "a clitic without ال is not stripped, as in score.mjs"],
    ["ريف حلب", "حلب", true, "ريف ignored"],
    ["جبل الزاوية", "جبل الزواية", true, "transposition within a long name"],
    ["معرة موحص", "معرة موخص", true, "one letter apart"],
    ["سرمين", "سرمدا", false, "two letters apart"],
    ["تل", "حي", false, "names made only of place words are empty"],
    [null, "سرمين", false, "missing name"],
    ["أريحا", "اريحا", true, "hamza forms"],
  ];
  for (const [a, b, expected, label] of cases) {
    it(`${a} ~ ${b}: ${label}`, () => assert.equal(placeMatch(a, b), expected));
  }

  it("strips clitics and the article from each word", () => {
    assert.equal(corePlaceName("وبالقرية الشرقية"), "شرقيه");
    assert.equal(corePlaceName("ريف حلب الغربي"), "حلب");
  });
});

describe("editDistance", () => {
  it("counts a transposition as one edit", () => {
    assert.equal(editDistance("زاويه", "زوايه"), 1);
    assert.equal(editDistance("", "abc"), 3);
    assert.equal(editDistance("kitten", "sitting"), 3);
  });
});
