import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { commands } from "../../src/cli/commands/index.ts";

/**
 * `rasd --help` lists the commands from the lazy command list without loading them; each entry's
 * summary must be the one its command declares, and it must load the command of its own name.
 */
describe("the command list", () => {
  for (const [name, entry] of Object.entries(commands)) {
    it(`"${name}" loads its command and shows its summary`, async () => {
      const command = await entry.load();
      assert.equal(command.name, name, "name");
      assert.equal(entry.summary, command.summary, "summary");
    });
  }
});
