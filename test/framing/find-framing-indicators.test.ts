import assert from "node:assert/strict";
import { test } from "node:test";
import { compileFramingLexicon } from "../../src/framing/compile-framing-lexicon.ts";
import { findFramingIndicators, prepareText } from "../../src/framing/find-framing-indicators.ts";
import type { FramingIndicator } from "../../src/framing/framing-indicator.ts";
import { framingLexicon } from "./framing-test-lexicon.ts";

const lex = compileFramingLexicon(framingLexicon);

function indicators(text: string): FramingIndicator[] {
  return findFramingIndicators(prepareText(text, lex), lex);
}

/** Sentence in → the terms expected (term id, voice) in order. Written for the project. */
const CASES: { label: string; text: string; expect: [string, string][] }[] = [
  {
    label: "government register, proclitic لل",
    text: "وتقدمت وحدات من الجيش العربي السوري نحو التلال بعد أن أعطت القيادة الأوامر للجيش العربي السوري.",
    expect: [["gov.army_units", "own"], ["gov.saa", "own"]],
  },
  {
    label: "liberation verb, not the HTS name",
    text: "حررت قوات الجيش بلدة الصفا من مسلحي هيئة تحرير الشام.",
    expect: [["gov.liberated", "own"], ["gov.gunmen", "own"]],
  },
  {
    label: "opposition register",
    text: "قصفت ميليشيات الأسد بالبراميل المتفجرة بلدة كفر سلام، واستهدف الثوار مواقع قوات النظام.",
    expect: [["opp.assad_militias", "own"], ["opp.barrel_bombs", "own"], ["opp.revolutionaries", "own"], ["opp.regime_forces", "own"]],
  },
  {
    label: "indefinite form meets the definite entry",
    text: "قتل خمسة إرهابيين في الاشتباكات.",
    expect: [["gov.terrorists", "own"]],
  },
  {
    label: "quoted statement of another side is reported speech",
    text: "وقالت الوكالة الرسمية إن «وحدات الجيش قضت على عشرات الإرهابيين في ريف المدينة الشرقي».",
    expect: [["gov.army_units", "reported"], ["gov.eliminated", "reported"], ["gov.terrorists", "reported"]],
  },
  {
    label: "indirect speech after قال … إن is reported",
    text: "وقال مصدر عسكري إن الإرهابيين انسحبوا من القرية.",
    expect: [["gov.terrorists", "reported"]],
  },
  {
    label: "the outlet's own correspondent speaks in its voice",
    text: "وقال مراسلنا إن ميليشيات الأسد قصفت السوق.",
    expect: [["opp.assad_militias", "own"]],
  },
  {
    label: "scare quotes around the rebels' self-description",
    text: "هاجم ما يسمى “الثوار” حاجزا للجيش.",
    expect: [["gov.so_called", "own"], ["scare_quote:opp.revolutionaries", "quoted-name"]],
  },
  {
    label: "a label placed between quotation marks still matches",
    text: "ونشر «المرصد» المعارض حصيلة جديدة.",
    expect: [["gov.opposition_observatory", "own"]],
  },
  {
    label: "Kurdish register",
    text: "قصف جيش الاحتلال التركي ومرتزقته قرى في ريف كري سبي المحتلة بشمال وشرق سوريا.",
    expect: [["kur.occupying_state", "own"], ["kur.place_names", "own"], ["kur.northeast", "own"]],
  },
  {
    label: "neutral wire register",
    text: "قتل عنصران من القوات الحكومية في هجوم شنه مقاتلون جهاديون، بحسب المرصد.",
    expect: [["neu.government_forces", "own"], ["neu.jihadists", "own"]],
  },
];

for (const c of CASES) {
  test(`indicators: ${c.label}`, () => {
    const got = indicators(c.text).map((i) => [i.term, i.voice]);
    assert.deepEqual(got, c.expect);
  });
}

test("indicator spans point into the original text, harakat and tatweel included", () => {
  const text = "وقد حرَّرَ الجيـشُ العربيُّ السوريُّ القريةَ.";
  const found = indicators(text);
  assert.equal(found.length, 2);
  for (const i of found) assert.equal(text.slice(i.start, i.end), i.text);
  assert.equal(found[0]!.text, "حرَّرَ");
  assert.equal(found[1]!.text, "الجيـشُ العربيُّ السوريُّ");
  assert.equal(found[1]!.dimension, "gov_forces");
  assert.equal(found[1]!.camp, "government");
});

test("a scare quote's span covers its quotation marks and carries the distance signal", () => {
  const text = "وزعم “الجيش الوطني” أنه صد الهجوم.";
  const [scare] = indicators(text);
  assert.ok(scare);
  assert.equal(scare.text, "“الجيش الوطني”");
  assert.equal(scare.dimension, "scare_quotes");
  assert.ok((scare.camps.government ?? 0) > 0);
  assert.equal(scare.camps.opposition, undefined);
});
