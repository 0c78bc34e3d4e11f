#!/usr/bin/env node
// Entry point of the `rasd` binary: runs the JavaScript compiled from src/ into dist/ at install time
// (`npm ci` runs `prepare`, which runs `npm run build`; after editing src/, run `npm run build`).
import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// Extraction is a few hundred large, hot functions, and V8 inlines their callees into each one it
// optimises until a cumulative bytecode budget (920 by default) is spent. On a run of a few thousand
// articles the optimising compiler then costs more than the calls it saves: about a third of all
// instructions went to it. A budget of 60 keeps small helpers inlined and large ones called, and cut
// the instructions of 4,680 articles by 13 % (cachegrind) with the same output. The flag is read
// whenever a function is optimised, so setting it here, before any extraction code runs, covers the
// worker threads too (V8's flags belong to the process).
setFlagsFromString("--max-inlined-bytecode-size-cumulative=60");

const MAIN = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(MAIN)) {
  process.stderr.write("rasd: the compiled program is missing (dist/); run `npm run build` in the rasd checkout\n");
  process.exitCode = 1;
} else {
  const { main } = await import(MAIN.href);
  process.exitCode = await main(process.argv.slice(2));
}
