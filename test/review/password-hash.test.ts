import assert from "node:assert/strict";
import { test } from "node:test";
import { hashPassword, passwordProblem, UNUSABLE_HASH, verifyPassword } from "../../src/review/password-hash.ts";

test("scrypt hashes: salted, verified only by the same password, malformed hashes never match", async () => {
  const a = await hashPassword("the right password");
  const b = await hashPassword("the right password");
  assert.match(a, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  assert.notEqual(a, b, "a fresh salt each time");
  assert.equal(await verifyPassword("the right password", a), true);
  assert.equal(await verifyPassword("the wrong password", a), false);
  assert.equal(await verifyPassword("the right password", "plain text"), false);
  assert.equal(await verifyPassword("", UNUSABLE_HASH), false);
  assert.equal(passwordProblem("short"), "a password needs at least 10 characters");
  assert.equal(passwordProblem("long enough now"), null);
});
