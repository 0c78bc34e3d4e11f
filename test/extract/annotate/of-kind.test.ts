import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationsAt, ofKind, type AnnotatedSentence } from "../../../src/extract/annotate/annotate-sentence.ts";
import type { Annotation } from "../../../src/extract/annotate/annotation.ts";
import type { Sentence } from "../../../src/extract/prepare/prepare-document.ts";
import { tokenize } from "../../../src/text/tokenize.ts";

// "قصفت طائرات حربية بلدة كفريا أمس": an air cue, a trigger, a place and a relative day, by hand.
const TEXT = "قصفت طائرات حربية بلدة كفريا أمس";
const sentence: Sentence = { index: 0, paragraph: 0, start: 0, end: TEXT.length, tokens: tokenize(TEXT), headline: false };
const at = (first: number, last: number, value: Annotation["value"], phrase: string): Annotation => ({ first, last, value, phrase, match: "surface" });
const annotations: Annotation[] = [
  at(0, 0, { kind: "cue", cue: "air" }, "قصف"),
  at(1, 2, { kind: "cue", cue: "air" }, "طائرات حربية"),
  at(4, 4, { kind: "place", ids: ["kafrayya"] }, "كفريا"),
  at(5, 5, { kind: "relative-day", offset: -1 }, "امس"),
];

describe("ofKind", () => {
  it("the annotations of one kind in sentence order; none of a kind absent", () => {
    const s: AnnotatedSentence = { sentence, annotations };
    assert.deepEqual(ofKind(s, "cue").map((a) => a.value.cue), ["air", "air"]);
    assert.deepEqual(ofKind(s, "place").map((a) => a.value.ids), [["kafrayya"]]);
    assert.deepEqual(ofKind(s, "trigger"), []);
    assert.deepEqual(annotationsAt(s, 4).map((a) => a.phrase), ["كفريا"]);
  });

  it("asking again gives the same list, not a copy (the readers ask many times per sentence)", () => {
    const s: AnnotatedSentence = { sentence, annotations };
    assert.equal(ofKind(s, "cue"), ofKind(s, "cue"));
    assert.equal(ofKind(s, "weekday"), ofKind(s, "month"), "one shared empty list");
  });
});
