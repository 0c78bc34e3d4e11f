import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { neutralizeCsvCell } from "../../src/export/neutralize-csv-cell.ts";
import { openStore } from "../../src/store/open-store.ts";
import { runCli } from "./run-cli.ts";
import { queryBuilder } from "../../src/store/store-session.ts";

const GOOD = (n: number) => `<html><head><title>خبر ${n}</title></head><body><article><p>قصفت قوات النظام بلدة سرمين في ريف إدلب صباح اليوم، ما أدى إلى مقتل ${n} مدنيين بحسب الدفاع المدني.</p></article></body></html>`;

async function storedIds(db: string): Promise<string[]> {
  const store = await openStore(db, { readonly: true });
  try {
    return (await queryBuilder(store).selectFrom("articles").select("id").orderBy("id").execute()).map((r) => r.id);
  } finally {
    await store.close();
  }
}

test("a deeply nested page between two good articles: both stored, the page refused by name, exit code 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-hostile-"));
  writeFileSync(join(dir, "a-good.html"), GOOD(3));
  writeFileSync(join(dir, "b-nested.html"), `<html><body>${"<div>".repeat(10_000)}نص${"</div>".repeat(10_000)}</body></html>`);
  writeFileSync(join(dir, "c-good.html"), GOOD(4));
  const db = join(dir, "s.db");
  const result = await runCli(["ingest", "--db", db, "--quiet", join(dir, "a-good.html"), join(dir, "b-nested.html"), join(dir, "c-good.html")]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /b-nested\.html: page refused: elements nested more than 256 deep/);
  assert.doesNotMatch(result.stderr, /internal error|RangeError/);
  assert.deepEqual(await storedIds(db), ["a-good", "c-good"]);
});

test("only regular files are read: a symlink to /dev/zero and a FIFO are refused, the neighbours stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-files-"));
  writeFileSync(join(dir, "a.html"), GOOD(2));
  symlinkSync("/dev/zero", join(dir, "b-zero.txt"));
  symlinkSync("/dev/zero", join(dir, "b-zero.jsonl"));
  execFileSync("mkfifo", [join(dir, "c-fifo.html")]);
  writeFileSync(join(dir, "d.html"), GOOD(5));
  const db = join(dir, "s.db");
  const result = await runCli(["ingest", "--db", db, "--quiet", dir]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /b-zero\.txt: not a regular file \(a character device\)/);
  assert.match(result.stderr, /b-zero\.jsonl: not a regular file/);
  assert.match(result.stderr, /c-fifo\.html: not a regular file \(a FIFO\)/);
  assert.deepEqual(await storedIds(db), ["a", "d"]);
});

test("article limits: ids over 100 characters, lone surrogates and texts over 1,000,000 characters are refused per line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-limits-"));
  const file = join(dir, "a.jsonl");
  const line = (id: string, text: string) => JSON.stringify({ id, text });
  writeFileSync(file, [line("ok-1", "نص تجريبي عن قصف سرمين."), line("x".repeat(101), "نص"), '{"id":"surrogate","text":"\\ud800 نص"}', line("huge", "ن".repeat(1_000_001)), line("ok-2", "نص تجريبي عن اشتباك في أريحا.")].join("\n"));
  const db = join(dir, "s.db");
  const result = await runCli(["ingest", "--db", db, "--quiet", file]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /a\.jsonl:2: id longer than 100 characters/);
  assert.match(result.stderr, /a\.jsonl:3: .*lone surrogate/);
  assert.match(result.stderr, /a\.jsonl:4: .*more than the limit of 1000000; split it/);
  assert.deepEqual(await storedIds(db), ["ok-1", "ok-2"]);
});

test("CSV cells are neutralised as OWASP recommends; plain numbers stay numbers", () => {
  const table: readonly (readonly [string, string])[] = [
    ["=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"],
    ["+1+cmd", "'+1+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["-12.5", "-12.5"],
    ["+3", "+3"],
    ["سرمين", "سرمين"],
    ["", ""],
  ];
  for (const [cell, expected] of table) assert.equal(neutralizeCsvCell(cell), expected, JSON.stringify(cell));
});

test("extract --format csv writes a cell starting with = neutralised", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-csv-"));
  const file = join(dir, "a.jsonl");
  writeFileSync(file, JSON.stringify({ id: "=cmd|' /C calc'!A0", published: "2024-05-07", text: "قصفت قوات النظام بلدة سرمين في ريف إدلب، ما أدى إلى مقتل 3 مدنيين." }) + "\n");
  const result = await runCli(["extract", "--format", "csv", file]);
  assert.equal(result.code, 0, result.stderr);
  const rows = result.stdout.trim().split("\n").slice(1);
  assert.ok(rows.length > 0, "an event was extracted");
  for (const row of rows) assert.ok(row.startsWith(`"'=cmd|' /C calc'!A0"`) || row.startsWith("'=cmd"), row);
});

test("export --format acled-csv writes an outlet named =… neutralised", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-acled-"));
  const file = join(dir, "a.jsonl");
  writeFileSync(file, JSON.stringify({ id: "f1", outlet: "=HYPERLINK(\"http://evil.example\")", published: "2024-05-07", text: "قصفت قوات النظام بلدة سرمين في ريف إدلب، ما أدى إلى مقتل 3 مدنيين." }) + "\n");
  const db = join(dir, "s.db");
  assert.equal((await runCli(["ingest", "--db", db, "--quiet", file])).code, 0);
  const { stdout, code } = await runCli(["export", "--db", db, "--format", "acled-csv"]);
  assert.equal(code, 0);
  assert.match(stdout, /,"'=HYPERLINK\(""http:\/\/evil\.example""\); /, "the source cell starts with an apostrophe");
  assert.doesNotMatch(stdout, /(^|,)"?=HYPERLINK/m);
});

test("messages show bidi overrides and terminal escapes from the input escaped", async () => {
  const { escapeBidiControls } = await import("../../src/cli/escape-bidi-controls.ts");
  assert.equal(escapeBidiControls("evil\u202Egpj.exe"), "evil<U+202E>gpj.exe");
  assert.equal(escapeBidiControls("\u001b[2Jwiped\u2066x\u2069"), "<U+001B>[2Jwiped<U+2066>x<U+2069>");
  assert.equal(escapeBidiControls("سرمين\tline\nnext"), "سرمين\tline\nnext");
  const dir = mkdtempSync(join(tmpdir(), "rasd-bidi-"));
  const file = join(dir, "a.jsonl");
  writeFileSync(file, '{"id":"x\u202Egpj.exe","text":5}\n');
  const result = await runCli(["ingest", "--db", join(dir, "s.db"), file]);
  assert.doesNotMatch(result.stderr, /\u202E/);
  assert.match(result.stderr, /x<U\+202E>gpj\.exe/);
});
