// The text pass that `npm run bench` measures extraction against: the same reader as `rasd extract`,
// then one normalise + tokenise of each article, as a whole process (startup included), compiled
// code only (run `npm run build` first). Prints the number of tokens.
//
//   node bench/text-pass.mjs FILE.jsonl
import { readArticles } from "../dist/io/read-articles.js";
import { normalize } from "../dist/text/normalize.js";
import { tokenize } from "../dist/text/tokenize.js";

let tokens = 0;
for await (const result of readArticles(process.argv.slice(2), process.stdin, { published: null })) {
  if (result.kind === "article") tokens += tokenize(normalize(result.article.text).text).length;
}
process.stdout.write(`${tokens} tokens\n`);
