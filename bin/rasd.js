#!/usr/bin/env node
// Entry point of the `rasd` binary: runs the JavaScript compiled from src/ into dist/ at install time
// (`npm ci` runs `prepare`, which runs `npm run build`; after editing src/, run `npm run build`).
import { existsSync } from "node:fs";

const MAIN = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(MAIN)) {
  process.stderr.write("rasd: the compiled program is missing (dist/); run `npm run build` in the rasd checkout\n");
  process.exitCode = 1;
} else {
  const { main } = await import(MAIN.href);
  process.exitCode = await main(process.argv.slice(2));
}
