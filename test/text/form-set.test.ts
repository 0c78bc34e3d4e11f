import assert from "node:assert/strict";
import { test } from "node:test";
import { formSetOf } from "../../src/text/form-set.ts";
import { normalize } from "../../src/text/normalize.ts";
import { tokenize } from "../../src/text/tokenize.ts";

test("FormSet: a token is in the set through any of its forms, the same answer when asked again", () => {
  const words = new Set(["بعدها", "ثم"]);
  const set = formSetOf(words);
  assert.equal(formSetOf(words), set);
  const tokens = tokenize(normalize("وبعدها قصفت الطائرات البلدة ثم انسحبت، وبعدها").text);
  const asked = () => tokens.map((t) => set.has(t));
  assert.deepEqual(asked(), [true, false, false, false, true, false, false, true]);
  assert.deepEqual(asked(), [true, false, false, false, true, false, false, true]);
});
