import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { main } from "../../src/cli/main.ts";
import { tempDir } from "../io/temp-dir.ts";
import { captureIo } from "./capture-io.ts";

const ARTICLES = [
  { id: "c1", url: null, outlet: null, published: "2024-03-05", title: "قصف مدفعي", text: "قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل جنوبي إدلب صباح اليوم، ما أدى إلى مقتل مدنيين اثنين وإصابة ثلاثة آخرين، بحسب الدفاع المدني." },
  { id: "c2", url: null, outlet: null, published: "2024-03-06", title: "اشتباكات", text: "دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور الملاجة في ريف إدلب الجنوبي الليلة الماضية." },
];
const JSONL = ARTICLES.map((a) => JSON.stringify(a)).join("\n") + "\n";

describe("rasd main", () => {
  it("prints usage with --help and for no arguments", async () => {
    for (const argv of [["--help"], []]) {
      const io = captureIo();
      assert.equal(await main(argv, io), 0);
      assert.match(io.out(), /Usage: rasd <command>/);
      assert.match(io.out(), /extract/);
      assert.match(io.out(), /eval/);
    }
  });

  it("prints a command's usage with <cmd> --help", async () => {
    const io = captureIo();
    assert.equal(await main(["extract", "--help"], io), 0);
    assert.match(io.out(), /Usage: rasd extract \[FILES\|DIRS\|-\]/);
    assert.match(io.out(), /--format jsonl\|json\|csv/);
  });

  it("returns 2 for usage errors", async () => {
    for (const argv of [["nope"], ["extract", "--bogus"], ["extract", "--format", "xml"], ["extract", "--published", "5/3/2024"], ["eval"]]) {
      const io = captureIo();
      assert.equal(await main(argv, io), 2, argv.join(" "));
      assert.match(io.err(), /rasd: /);
    }
  });
});

describe("rasd extract", () => {
  it("goes on after a malformed line, names it, and exits 1", async () => {
    const lines = JSONL.split("\n");
    const io = captureIo([lines[0], '{"id": "broken"', lines[1], ""].join("\n"));
    assert.equal(await main(["extract"], io), 1);
    assert.match(io.err(), /<stdin>:2: not JSON/);
    const events = io.out().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { article_id: string; evidence: { start: number; end: number; text: string }; provenance: unknown[] });
    for (const e of events) {
      const text = ARTICLES.find((a) => a.id === e.article_id)!.text;
      assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
      assert.ok(Array.isArray(e.provenance));
    }
  });

  it("reads a directory, writes csv to --out, exits 0", async () => {
    const dir = tempDir({ "in/a.jsonl": JSONL, "in/b.txt": "خبر قصير\nأصيب طفل بانفجار لغم أرضي قرب قرية البارة أمس." });
    const out = join(dir, "events.csv");
    const io = captureIo();
    assert.equal(await main(["extract", join(dir, "in"), "--format", "csv", "--out", out, "--published", "2024-03-07"], io), 0, io.err());
    assert.equal(io.out(), "");
    assert.match(readFileSync(out, "utf8"), /^article_id,event_id,event_type,/);
  });

  it("writes one JSON array with --format json", async () => {
    const io = captureIo(JSONL);
    assert.equal(await main(["extract", "-", "--format", "json"], io), 0, io.err());
    assert.ok(Array.isArray(JSON.parse(io.out())));
  });

  it("exits 1 for a missing file but still processes the others", async () => {
    const dir = tempDir({ "a.jsonl": JSONL });
    const io = captureIo();
    assert.equal(await main(["extract", join(dir, "missing.txt"), join(dir, "a.jsonl"), "--explain"], io), 1);
    assert.match(io.err(), /missing\.txt: cannot read \(ENOENT\)/);
    assert.match(io.out(), /article c1 — /);
    assert.match(io.out(), /article c2 — /);
  });
});
