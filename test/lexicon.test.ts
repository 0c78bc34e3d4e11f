import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { DEFAULT_LEXICON_DIR, LEXICON_FILES, loadLexicons, loadLexiconsSync } from "../src/lexicon/load-lexicons.ts";
import { normalizeKey } from "../src/text/normalize.ts";

/** The actor keys GUIDELINES.md defines (OTHER:<name> is free text, not in the catalogue). */
const GUIDELINE_ACTORS = [
  "SYR_GOV", "RUS_MIL", "TUR_MIL", "IRN_MIL", "HEZBOLLAH", "USA_COAL", "ISR_MIL", "HTS", "TAWHID", "NLF", "SNA",
  "AHRAR", "TIP", "HURRAS", "ANSAR_TAWHID", "AJNAD_KAVKAZ", "FATH_MUBIN", "OPPOSITION", "ISIS", "SDF", "CIVILIANS",
  "UNKNOWN",
];

const LEVANTINE_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
const GREGORIAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

const lex = await loadLexicons();

describe("actor catalogue", () => {
  it("has every GUIDELINES actor key exactly once, and nothing else", () => {
    // An actor written OTHER:<name as in the text> everywhere (written_as_other) is no key of its own.
    const keys = lex.actors.actors.filter((a) => !a.written_as_other).map((a) => a.key);
    assert.deepEqual([...keys].sort(), [...GUIDELINE_ACTORS].sort());
  });

  it("gives no normalised alias to two actors (aliases, air, artillery and generic words together)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (alias: string, key: string) => {
      const norm = normalizeKey(alias);
      const prev = owner.get(norm);
      if (prev !== undefined && prev !== key) clashes.push(`${alias}: ${prev} / ${key}`);
      owner.set(norm, key);
    };
    for (const a of lex.actors.actors) for (const w of [...a.aliases, ...a.air_aliases, ...a.artillery_aliases]) claim(w, a.key);
    for (const g of lex.actors.generic) for (const w of g.aliases) claim(w, `generic:${g.key}`);
    assert.deepEqual(clashes, []);
  });

  it("points affiliations and generic words at known actors", () => {
    const keys = new Set(lex.actors.actors.map((a) => a.key));
    for (const a of lex.actors.actors) for (const f of a.affiliations) assert.ok(keys.has(f.key), `${a.key} → ${f.key}`);
    for (const g of lex.actors.generic) assert.ok(keys.has(g.key), g.key);
    const tawhid = lex.actors.actors.find((a) => a.key === "TAWHID");
    assert.deepEqual(tawhid?.affiliations, [{ key: "HTS", relation: "affiliated_to" }]);
  });

  it("files the guideline clarifications under the right actor", () => {
    const ownerOf = (word: string) =>
      lex.actors.actors.find((a) => [...a.aliases, ...a.air_aliases, ...a.artillery_aliases].some((w) => normalizeKey(w) === normalizeKey(word)))?.key;
    const table: [string, string][] = [
      ["فيلق الشام", "NLF"], ["العمشات", "SNA"], ["الحمزات", "SNA"], ["أحرار الشرقية", "SNA"], ["جبهة النصرة", "HTS"],
      ["قوات حكومة دمشق", "SYR_GOV"], ["التحالف الدولي", "USA_COAL"], ["طائرات حربية روسية", "RUS_MIL"], ["قسد", "SDF"],
      ["تنظيم الدولة", "ISIS"], ["مسلحون مجهولون", "UNKNOWN"], ["المدنيين", "CIVILIANS"], ["الثوار", "OPPOSITION"],
    ];
    for (const [word, key] of table) assert.equal(ownerOf(word), key, word);
  });

  it("holds at least 400 aliases", () => {
    const n = lex.actors.actors.reduce((s, a) => s + a.aliases.length + a.air_aliases.length + a.artillery_aliases.length, 0);
    assert.ok(n >= 400, `only ${n}`);
  });
});

describe("number words", () => {
  it("reads cardinals in both genders and cases", () => {
    const table: [string, number][] = [["ثلاثة", 3], ["ثلاث", 3], ["اثنين", 2], ["اثنتين", 2], ["أحد عشر", 11], ["إحدى عشرة", 11], ["عشرين", 20], ["مائتين", 200], ["ثلاثمئة", 300], ["ألف", 1000]];
    for (const [word, value] of table) assert.equal(lex.numbers.cardinals[word], value, word);
  });

  it("keeps plurals that look like duals out of the dual table", () => {
    assert.equal(lex.numbers.duals["مدنيين"], undefined);
    assert.equal(lex.numbers.duals["مقاتلين"], undefined);
    assert.deepEqual(lex.numbers.duals["قتيلين"], { value: 2, kind: "killed" });
  });
});

describe("calendar", () => {
  it("has the 12 months in both systems", () => {
    LEVANTINE_MONTHS.forEach((m, i) => assert.equal(lex.calendar.months[m], i + 1, m));
    GREGORIAN_MONTHS.forEach((m, i) => assert.equal(lex.calendar.months[m], i + 1, m));
  });

  it("has the 7 weekdays in getUTCDay order", () => {
    WEEKDAYS.forEach((d, i) => assert.equal(lex.calendar.weekdays[d], i, d));
  });

  it("resolves the relative days of the guidelines", () => {
    assert.equal(lex.calendar.relative_days["اليوم"], 0);
    assert.equal(lex.calendar.relative_days["أمس"], -1);
    assert.equal(lex.calendar.relative_days["الليلة الماضية"], -1);
    assert.equal(lex.calendar.relative_days["أول أمس"], -2);
  });
});

describe("loadLexicons", () => {
  const tmp = mkdtempSync(join(tmpdir(), "rasd-lexicon-"));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const FILE_NAMES = Object.values(LEXICON_FILES);

  it("loads the same data synchronously", () => {
    assert.deepEqual(loadLexiconsSync(), lex);
  });

  it("rejects a broken file with a message naming the file and the bad entry", async () => {
    for (const f of FILE_NAMES) copyFileSync(join(DEFAULT_LEXICON_DIR, f), join(tmp, f));
    writeFileSync(join(tmp, "calendar.json"), JSON.stringify({ ...lex.calendar, months: { "يناير": 13 } }));
    await assert.rejects(loadLexicons(tmp), /calendar\.json.*months\.يناير/);
    assert.throws(() => loadLexiconsSync(tmp), /calendar\.json.*months\.يناير/);
  });

  it("rejects a file that is not JSON, naming it", async () => {
    for (const f of FILE_NAMES) copyFileSync(join(DEFAULT_LEXICON_DIR, f), join(tmp, f));
    writeFileSync(join(tmp, "place-words.json"), "{ not json");
    await assert.rejects(loadLexicons(tmp), /place-words\.json: invalid JSON/);
  });

  it("checks the role and place-name rules like every other lexicon", async () => {
    for (const f of FILE_NAMES) copyFileSync(join(DEFAULT_LEXICON_DIR, f), join(tmp, f));
    writeFileSync(join(tmp, "roles.json"), JSON.stringify({ ...lex.roles, nationality_adjectives: { "rus mil": ["الروسي"] } }));
    await assert.rejects(loadLexicons(tmp), /roles\.json.*nationality_adjectives/);
    for (const f of FILE_NAMES) copyFileSync(join(DEFAULT_LEXICON_DIR, f), join(tmp, f));
    writeFileSync(join(tmp, "place-names.json"), JSON.stringify({ ...lex.placeNames, stop_words: "في" }));
    await assert.rejects(loadLexicons(tmp), /place-names\.json.*stop_words/);
  });

  it("names a missing file", async () => {
    await assert.rejects(loadLexicons(join(tmp, "nowhere")), /actors\.json: cannot read/);
  });
});
