/**
 * The command line's edges, through the real binary (`node bin/rasd.js …`) as a user meets them:
 * exit codes (0 all good, 1 some input failed, 2 usage) and the first line of stderr, which is
 * always "rasd: <where>: <what>". Nothing here waits on the clock: every step waits for a process
 * to exit or to print its address. Independent runs go a few at a time (`concurrency`), as each
 * process pays Node's and tsx's start-up.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { tempDir } from "../io/temp-dir.ts";
import { runBinary, spawnBinary } from "./run-binary.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
const ARABIC = { id: "ar1", published: "2024-03-05", title: "قصف", text: "قصفت قوات النظام بالمدفعية بلدة كفرنبل جنوبي إدلب صباح اليوم، ما أدى إلى مقتل مدنيين اثنين." };
const ENGLISH = { id: "en1", published: "2024-03-05", title: "Shelling", text: "Government forces shelled the town of Kafranbel south of Idlib this morning, killing two civilians." };

/** A store with the bundled examples, made by the binary itself (so `ingest examples/` is checked too). */
let dir: string;
let db: string;

before(async () => {
  dir = tempDir({
    "arabic.jsonl": `${JSON.stringify(ARABIC)}\n`,
    "english.jsonl": `${JSON.stringify(ENGLISH)}\n`,
    "empty.jsonl": "",
    "broken.jsonl": `${JSON.stringify(ARABIC)}\n{"id": "cut", "text": \n`,
    // 2 MB of bytes that are neither UTF-8 nor JSON, named .jsonl: ~8,000 bad "lines".
    "binary.jsonl": Buffer.from(Array.from({ length: 2 * 1024 * 1024 }, (_, i) => (i * 131 + 7) % 256)),
  });
  db = join(dir, "examples.db");
  const ingest = await runBinary(["ingest", "--db", db, "--quiet", EXAMPLES]);
  assert.equal(ingest.code, 0, ingest.stderr);
});

describe("examples/ is a valid input for every command", () => {
  it("ingest examples/ exits 0 (done in before) and extract examples/ exits 0 with no message", async () => {
    const run = await runBinary(["extract", EXAMPLES]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, "");
    assert.ok(run.stdout.split("\n").filter(Boolean).length > 20);
  });
});

describe("--version and help", { concurrency: 3 }, () => {
  it("rasd --version prints the package version", async () => {
    const run = await runBinary(["--version"]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `rasd ${VERSION}\n`);
  });

  it("an unknown command is a usage error in one line", async () => {
    const run = await runBinary(["frobnicate"]);
    assert.equal(run.code, 2);
    assert.equal(run.firstLine, 'rasd: unknown command "frobnicate" (see: rasd --help)');
  });
});

describe("a reader that goes away (| head) ends the command quietly", { concurrency: 3 }, () => {
  it("export", async () => {
    const run = await runBinary(["export", "--db", db], { closeStdout: true });
    assert.equal(run.code, 0);
    assert.equal(run.stderr, "", "no 'internal error: write EPIPE' and no stack");
  });

  it("extract", async () => {
    const run = await runBinary(["extract", EXAMPLES], { closeStdout: true });
    assert.equal(run.code, 0);
    assert.equal(run.stderr, "");
  });
});

describe("serve", () => {
  let busy: Server;
  let port: number;
  before(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    port = (busy.address() as { port: number }).port;
  });
  after(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it("a busy port is one line with the --port / PORT hint, from --port or from PORT", async () => {
    const expected = `rasd: 127.0.0.1:${port}: the port is already in use; choose another with --port N (or PORT=N)`;
    const byOption = await runBinary(["serve", "--db", db, "--port", String(port)]);
    assert.equal(byOption.code, 1);
    assert.deepEqual(byOption.stderrLines, [expected]);
    const byEnv = await runBinary(["serve", "--db", db], { env: { PORT: String(port) } });
    assert.equal(byEnv.code, 1);
    assert.deepEqual(byEnv.stderrLines, [expected]);
  });

  it("a bad --port or PORT is a usage error", async () => {
    const run = await runBinary(["serve", "--db", db], { env: { PORT: "eighty" } });
    assert.equal(run.code, 2);
    assert.equal(run.firstLine, 'rasd: serve: PORT must be a port number 0–65535 (got "eighty")');
  });

  it("answers text/html at / (the page is built at install, or once by serve)", async () => {
    const child = spawnBinary(["serve", "--db", db, "--port", "0"]);
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const address = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        const match = /at (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on("close", () => reject(new Error(`serve exited before listening: ${stderr}`)));
    });
    try {
      const response = await fetch(`${address}/`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
      assert.match(await response.text(), /<html/i);
    } finally {
      child.kill("SIGTERM");
    }
    assert.equal(await exited, 0, stderr);
  });
});

describe("one exit-code policy: 0 all good, 1 some input failed, 2 usage", () => {
  it("extract: a bad line → 1, named by file and line", async () => {
    const run = await runBinary(["extract", join(dir, "broken.jsonl")]);
    assert.equal(run.code, 1);
    assert.match(run.firstLine, /^rasd: .*broken\.jsonl:2: not JSON/);
  });

  it("ingest: a failed input among good ones → 1 (the good ones still go in)", async () => {
    const run = await runBinary(["ingest", "--db", join(dir, "mixed.db"), "--quiet", join(dir, "broken.jsonl"), join(dir, "missing.jsonl")]);
    assert.equal(run.code, 1);
    assert.match(run.firstLine, /^rasd: .*broken\.jsonl:2: not JSON/);
    assert.match(run.stderr, /missing\.jsonl: cannot read \(ENOENT\)/);
    assert.match(run.stderrLines.at(-1)!, /^rasd: .*mixed\.db: ingested 1 article\(s\).*2 error\(s\)$/);
  });

  it("usage errors → 2, in every command", async () => {
    const cases: [string[], RegExp][] = [
      [["extract", "--format", "xml"], /^rasd: extract: --format must be one of jsonl, json, csv \(got "xml"\)$/],
      [["extract", "--published", "2024-02-30"], /^rasd: extract: --published must be a real day/],
      [["ingest", "--db", join(dir, "u.db"), "--published", "yesterday"], /^rasd: ingest: --published must be a real day/],
      [["events", "--db", db, "--limit=-1"], /^rasd: events: --limit and --offset must be whole numbers$/],
      [["export", "--bogus"], /^rasd: export: unknown option '--bogus' \(see: rasd export --help\)$/],
      [["eval"], /^rasd: eval: --gold FILE is required$/],
    ];
    await Promise.all(
      cases.map(async ([args, first]) => {
        const run = await runBinary(args);
        assert.equal(run.code, 2, args.join(" "));
        assert.match(run.firstLine, first, args.join(" "));
      }),
    );
  });

  it("messages name the place once: no 'URL: URL:'", async () => {
    const url = "http://127.0.0.1:9/news";
    const run = await runBinary(["ingest", "--db", join(dir, "url.db"), "--quiet", url]);
    assert.equal(run.code, 1);
    assert.match(run.firstLine, /^rasd: http:\/\/127\.0\.0\.1:9\/news: 127\.0\.0\.1 resolves to a private/);
    assert.equal(run.firstLine.split(url).length, 2, "the URL appears once");
  });
});

describe("filters are checked against the model's lists, days must exist", { concurrency: 3 }, () => {
  const cases: [string[], RegExp][] = [
    [["events", "--type", "Battle"], /^rasd: events: --type must be one of Battles, Explosions\/Remote violence, .* \(got "Battle"\)$/],
    [["export", "--sub-type", "Airstrike"], /^rasd: export: --sub-type must be one of Armed clash, .*Air\/drone strike, .* \(got "Airstrike"\)$/],
    [["events", "--actor", "hayat"], /^rasd: events: --actor must be one of SYR_GOV, .*HTS, .* \(got "hayat"\)$/],
    [["export", "--governorate", "Idleb"], /^rasd: export: --governorate must be one of .*Idlib.* \(got "Idleb"\)$/],
    [["events", "--grade", "great"], /^rasd: events: --grade must be one of .*corroborated.* \(got "great"\)$/],
    [["events", "--to", "2024-02-30"], /^rasd: events: --to must be a real day YYYY-MM-DD \(got "2024-02-30"\)$/],
    [["export", "--from", "2024-99-01"], /^rasd: export: --from must be a real day YYYY-MM-DD \(got "2024-99-01"\)$/],
    [["events", "--from", "2024-05-01", "--to", "2024-04-01"], /^rasd: events: --from 2024-05-01 is after --to 2024-04-01$/],
  ];
  for (const [args, first] of cases) {
    it(args.join(" "), async () => {
      const run = await runBinary([...args, "--db", db]);
      assert.equal(run.code, 2);
      assert.match(run.firstLine, first);
      assert.equal(run.stdout, "");
    });
  }

  it("a listed value in another case is taken as the list spells it", async () => {
    const run = await runBinary(["events", "--db", db, "--actor", "hts", "--type", "battles", "--json"]);
    assert.equal(run.code, 0, run.stderr);
    const events = run.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { event_type: string });
    assert.ok(events.length > 0, "the examples hold battles with HTS");
    assert.ok(events.every((e) => e.event_type === "Battles"));
  });
});

describe("inputs that give nothing are not silent", { concurrency: 3 }, () => {
  it("an English article: a warning, exit 0 (extract and ingest)", async () => {
    const extract = await runBinary(["extract", join(dir, "english.jsonl")]);
    assert.equal(extract.code, 0);
    assert.match(extract.firstLine, /^rasd: .*english\.jsonl:1: warning: article "en1" has no Arabic text/);
    const ingest = await runBinary(["ingest", "--db", join(dir, "en.db"), "--quiet", join(dir, "english.jsonl")]);
    assert.equal(ingest.code, 0);
    assert.match(ingest.firstLine, /^rasd: .*english\.jsonl:1: warning: article "en1" has no Arabic text/);
  });

  it("an empty file, empty stdin: a warning that there is no article", async () => {
    const file = await runBinary(["extract", join(dir, "empty.jsonl")]);
    assert.equal(file.code, 0);
    assert.match(file.firstLine, /^rasd: .*empty\.jsonl: warning: no articles in this file$/);
    const stdin = await runBinary(["extract"], { stdin: "" });
    assert.equal(stdin.code, 0);
    assert.equal(stdin.firstLine, "rasd: <stdin>: warning: no articles on standard input");
  });

  it("a 2 MB binary named .jsonl: five errors, then one line counting the rest", async () => {
    const run = await runBinary(["extract", join(dir, "binary.jsonl")]);
    assert.equal(run.code, 1);
    assert.match(run.firstLine, /^rasd: .*binary\.jsonl:1: invalid UTF-8, line skipped$/);
    assert.ok(run.stderrLines.length <= 7, `${run.stderrLines.length} lines`);
    assert.match(run.stderr, /binary\.jsonl: … \d+ more lines skipped \(.*not UTF-8.*\)/);
  });
});

describe("a command that needs a database says to run rasd ingest first", () => {
  it("with --db pointing nowhere", async () => {
    const missing = join(dir, "nowhere.db");
    const commands = [["outlets"], ["compare", "ev-1"], ["events"], ["export"], ["places", "--unresolved"], ["serve"]];
    await Promise.all(
      commands.map(async (args) => {
        const run = await runBinary([...args, "--db", missing]);
        assert.equal(run.code, 1, args[0]);
        assert.equal(run.firstLine, `rasd: ${missing}: no database here; create it with: rasd ingest --db ${missing} FILES…`, args[0]);
      }),
    );
  });

  it("with the default database missing", async () => {
    const data = tempDir({});
    const run = await runBinary(["outlets"], { env: { XDG_DATA_HOME: data } });
    assert.equal(run.code, 1);
    assert.equal(run.firstLine, `rasd: ${join(data, "rasd", "rasd.db")}: no database here; create it with: rasd ingest FILES…`);
  });
});

describe("the bundled example set scores without ../shared", () => {
  it("eval --help sends nobody to ../shared; eval on the examples exits 0", async () => {
    const help = await runBinary(["eval", "--help"]);
    assert.equal(help.code, 0);
    assert.doesNotMatch(help.stdout, /\.\.\/shared/);
    const gold = fileURLToPath(new URL("../extract/examples-gold.jsonl", import.meta.url));
    const run = await runBinary(["eval", "--gold", gold, "--articles", EXAMPLES, "--json"]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(typeof (JSON.parse(run.stdout) as { f1?: unknown }).f1, "number");
  });
});
