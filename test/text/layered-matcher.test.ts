import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LayeredMatcher } from "../../src/text/layered-matcher.ts";
import { normalize } from "../../src/text/normalize.ts";
import { PhraseMatcher } from "../../src/text/phrase-matcher.ts";
import { tokenize } from "../../src/text/tokenize.ts";

/** Three small layers written for these tests; "غارات" is in two of them, as a trigger and an air cue. */
function layers(): PhraseMatcher<string>[] {
  const triggers = new PhraseMatcher<string>();
  for (const p of ["غارات", "قصف", "قصف مدفعي", "اشتباكات"]) triggers.add(p, `trigger:${p}`, { stems: true, pos: "verb" });
  const cues = new PhraseMatcher<string>({ stems: true });
  for (const p of ["غارات", "طيران", "طيران حربي", "مدفعي"]) cues.add(p, `cue:${p}`);
  const places = new PhraseMatcher<string>();
  for (const p of ["معرة النعمان", "معرة", "كفرنبل", "ريف إدلب"]) places.add(p, `place:${p}`);
  return [triggers, cues, places];
}

const SENTENCES: readonly string[] = [
  "شن الطيران الحربي غارات على معرة النعمان وكفرنبل بريف إدلب",
  "قصف مدفعي على بلدة معرة، واشتباكات في محيطها",
  "وقصفت قوات النظام بالمدفعية قرى ريف إدلب الجنوبي",
  "لا شيء هنا",
  "",
];

describe("LayeredMatcher", () => {
  for (const text of SENTENCES) {
    test(`one pass gives each layer's own findAll: "${text}"`, () => {
      const ls = layers();
      const tokens = tokenize(normalize(text).text);
      assert.deepEqual(new LayeredMatcher(ls).findAll(tokens), ls.map((l) => l.findAll(tokens)));
    });
  }

  test("a phrase added to a layer after use is found (nothing remembered is stale)", () => {
    const ls = layers();
    const layered = new LayeredMatcher(ls);
    const tokens = tokenize(normalize("سيطرت الفصائل على تل ملح").text);
    assert.deepEqual(layered.findAll(tokens)[2], []);
    ls[2]!.add("تل ملح", "place:tal-milh");
    assert.deepEqual(layered.findAll(tokens)[2]!.map((m) => m.value), ["place:tal-milh"]);
  });
});
