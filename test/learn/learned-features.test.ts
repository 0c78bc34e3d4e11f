import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { annotateSentence, type AnnotatedSentence } from "../../src/extract/annotate/annotate-sentence.ts";
import { compileLexicons, type CompiledLexicons } from "../../src/extract/prepare/compiled-lexicons.ts";
import { findPlaces } from "../../src/extract/read/find-places.ts";
import { prepareDocument, type Document } from "../../src/extract/prepare/prepare-document.ts";
import { createGeocoder } from "../../src/places/create-geocoder.ts";
import { placeFeatures } from "../../src/learn/place-features.ts";
import { triggerFeatures } from "../../src/learn/trigger-features.ts";
import { loadResources } from "../../src/resources/load-resources.ts";
import type { Resources } from "../../src/resources/resources.ts";

// Sentences written for these tests in the style of news reports.
let resources: Resources;
let lex: CompiledLexicons;
before(async () => {
  resources = await loadResources({ models: false });
  lex = compileLexicons(resources.lexicons, resources.gazetteer, resources.placeNames.notPlaceNames, resources.placeNames.countryside, resources.placeNames.aliasQualifiers);
});

function read(text: string, published = "2024-03-10"): { doc: Document; s: AnnotatedSentence } {
  const doc = prepareDocument({ id: "t", url: null, outlet: null, published, title: null, text }, lex);
  const sentence = doc.sentences[doc.sentences.length - 1]!;
  return { doc, s: annotateSentence(sentence, lex) };
}

function firstTrigger(s: AnnotatedSentence) {
  const t = s.annotations.find((a) => a.value.kind === "trigger");
  assert.ok(t, "a trigger");
  return t;
}

describe("triggerFeatures", () => {
  const cases: Array<[string, string, readonly string[]]> = [
    ["artillery cue near the trigger, a relative day", "قصفت قوات النظام بالمدفعية الثقيلة اليوم بلدة كفرنبل في ريف إدلب الجنوبي.", ["cue=artillery@near", "trig-pos=verb"]],
    ["background: قد before the verb, a year before publication", "وكانت الطائرات الحربية قد قصفت بلدة كفرنبل في عام 2019.", ["w-1=قد", "year=before-pub"]],
  ];
  for (const [label, text, expected] of cases) {
    it(label, () => {
      const { doc, s } = read(text);
      const f = triggerFeatures(doc, s, firstTrigger(s));
      for (const e of expected.filter(Boolean)) assert.ok(f.includes(e), `${e} in ${f.join(" ")}`);
      assert.equal(new Set(f).size, f.length, "no feature twice");
    });
  }
});

describe("placeFeatures", () => {
  it("reads the words before a place: the destination of the wounded", () => {
    const { doc, s } = read("أصيب ثلاثة مدنيين بقصف على بلدة كفرنبل ونقلوا إلى مشفى في مدينة إدلب.");
    const places = findPlaces(s, { geocode: createGeocoder(resources.gazetteer), rules: resources.placeNames, text: doc.norm.text, admin1Hint: null });
    const idlib = places.find((p) => p.key.includes("ادلب"));
    assert.ok(idlib, `places: ${places.map((p) => p.key).join(", ")}`);
    const f = placeFeatures(doc, s, idlib);
    for (const e of ["p-12=مشفي في", "before=نقلوا", "pw=city", "role=target"]) assert.ok(f.includes(e), `${e} in ${f.join(" ")}`);
    assert.ok(f.some((x) => x.startsWith("trig@before:")), f.join(" "));
  });
});
