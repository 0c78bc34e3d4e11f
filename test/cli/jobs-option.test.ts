import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractJobs, ingestJobs } from "../../src/cli/jobs-option.ts";
import { main } from "../../src/cli/main.ts";
import { tempDir } from "../io/temp-dir.ts";
import { captureIo } from "./capture-io.ts";

// Invented reports in the style of the news, and a bad line between them.
const ARTICLES = [
  { id: "j1", url: null, outlet: null, published: "2024-03-05", title: "قصف", text: "قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل جنوبي إدلب صباح اليوم، ما أدى إلى مقتل مدنيين اثنين." },
  { id: "j2", url: null, outlet: null, published: "2024-03-06", title: "اشتباكات", text: "دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور الملاجة في ريف إدلب الجنوبي." },
  { id: "j3", url: null, outlet: null, published: "2024-03-07", title: "غارات", text: "شنت الطائرات الحربية غارات على مدينة سرمين شرقي إدلب، وأصيب ثلاثة مدنيين." },
];
const JSONL = [...ARTICLES.slice(0, 2).map((a) => JSON.stringify(a)), "{not json", JSON.stringify(ARTICLES[2])].join("\n") + "\n";

describe("--jobs", () => {
  it("rasd extract writes the same events, in the same order, on 1 or 2 threads", async () => {
    const dir = tempDir({ "a.jsonl": JSONL });
    const runs = [];
    // "": the default number of threads, whatever it is on this machine.
    for (const jobs of ["1", "2", ""]) {
      const io = captureIo();
      const code = await main(["extract", ...(jobs === "" ? [] : ["--jobs", jobs]), join(dir, "a.jsonl")], io);
      runs.push({ code, out: io.out(), err: io.err() });
    }
    assert.equal(runs[0]!.code, 1, "the bad line fails the run");
    assert.match(runs[0]!.out, /"article_id":"j1"[\s\S]*"article_id":"j3"/);
    assert.deepEqual(runs[1], runs[0], "--jobs 2");
    assert.deepEqual(runs[2], runs[0], "the default");
  });

  it("defaults: rasd extract on one thread up to two cores (a second one's warming never paid there), ingest one worker per core", () => {
    assert.deepEqual([1, 2, 3, 8].map((cores) => extractJobs(cores)), [1, 1, 3, 8]);
    assert.deepEqual([1, 2, 8].map((cores) => ingestJobs(cores)), [1, 2, 8]);
  });

  it("rasd ingest stores the same events on 1 or 2 threads", async () => {
    const dir = tempDir({ "a.jsonl": JSONL });
    const exports = [];
    for (const jobs of ["1", "2"]) {
      const db = join(dir, `jobs-${jobs}.db`);
      assert.equal(await main(["ingest", "--quiet", "--jobs", jobs, "--db", db, join(dir, "a.jsonl")], captureIo()), 1);
      const io = captureIo();
      assert.equal(await main(["export", "--db", db, "--format", "jsonl"], io), 0);
      exports.push(io.out());
    }
    assert.ok(exports[0]!.length > 0, "events stored");
    assert.equal(exports[1], exports[0]);
  });

  for (const bad of ["0", "two", "1.5"]) {
    it(`refuses --jobs ${bad}`, async () => {
      const io = captureIo();
      assert.equal(await main(["extract", "--jobs", bad], io), 2);
      assert.match(io.err(), /--jobs must be a whole number/);
    });
  }
});
