import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../../src/store/open-store.ts";
import { runCli } from "./run-cli.ts";
import { queryBuilder } from "../../src/store/store-session.ts";

const GOOD = { id: "g1", url: null, outlet: "delta.example", published: "2024-05-02", title: "غارات على أريحا", text: "شنت طائرات حربية غارات جوية على مدينة أريحا جنوبي إدلب، ما أدى إلى دمار في الممتلكات." };

test("bad inputs are reported one by one and the good ones still go in", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-bad-"));
  const db = join(dir, "s.db");
  const jsonl = join(dir, "mixed.jsonl");
  const invalidUtf8 = Buffer.concat([Buffer.from(`${JSON.stringify({ ...GOOD, id: "bad-utf8" }).slice(0, 40)}`), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}\n')]);
  writeFileSync(jsonl, Buffer.concat([Buffer.from(`${JSON.stringify(GOOD)}\n`), invalidUtf8, Buffer.from(`${JSON.stringify({ ...GOOD, id: "g2", text: "تظاهر العشرات في مدينة إدلب للمطالبة بالإفراج عن المعتقلين." })}\n`), Buffer.from('{"id":"cut","text":"انقطع الس')]));
  const binary = join(dir, "image.txt");
  writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  const huge = join(dir, "huge.txt");
  closeSync(openSync(huge, "w"));
  truncateSync(huge, 100 * 1024 * 1024); // a 100 MB (sparse) file
  const html = join(dir, "page.html");
  writeFileSync(
    html,
    `<html><head><title>خبر</title><script>document.write("حقن نص خبيث")</script><meta property="article:published_time" content="2024-05-03T10:00:00+03:00"></head>
<body><nav>الرئيسية</nav><article><h1>قصف على سراقب</h1><p>استهدفت قوات النظام مدينة سراقب بعشرات القذائف الصاروخية مساء أمس، ما أدى إلى أضرار مادية كبيرة في الأبنية السكنية.</p>
<script>alert("لا")</script><p onclick="steal()">وقال ناشطون إن القصف تزامن مع تحليق مكثف لطائرات الاستطلاع في أجواء المنطقة.</p></article></body></html>`,
  );
  const result = await runCli(["ingest", "--db", db, "--quiet", jsonl, binary, huge, html]);
  assert.equal(result.code, 1, "some inputs failed → exit code 1, though the good ones went in");
  assert.match(result.stderr, /mixed\.jsonl:2: invalid UTF-8/);
  assert.match(result.stderr, /mixed\.jsonl:4: not JSON/);
  assert.match(result.stderr, /image\.txt/);
  assert.match(result.stderr, /huge\.txt/);
  assert.match(result.stderr, /ingested 3 article\(s\).*4 error\(s\)/);

  const store = await openStore(db, { readonly: true });
  const articles = await queryBuilder(store).selectFrom("articles").select(["id", "text", "published"]).orderBy("id").execute();
  assert.deepEqual(articles.map((a) => a.id), ["g1", "g2", "page"]);
  const page = articles.find((a) => a.id === "page")!;
  assert.doesNotMatch(page.text, /حقن|alert|لا"/, "script content never reaches the text");
  assert.match(page.text, /سراقب/);
  assert.equal(page.published, "2024-05-03");
  await store.close();
});

test("a failed input → exit code 1; everything already stored → exit code 0", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-bad-"));
  const db = join(dir, "s.db");
  const broken = join(dir, "broken.jsonl");
  writeFileSync(broken, '{"id": "x", "text": \n');
  assert.equal((await runCli(["ingest", "--db", db, broken])).code, 1);
  const good = join(dir, "good.jsonl");
  writeFileSync(good, `${JSON.stringify(GOOD)}\n`);
  assert.equal((await runCli(["ingest", "--db", db, good])).code, 0);
  const again = await runCli(["ingest", "--db", db, good]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /ingested 0 article\(s\).*1 duplicate/);
});
