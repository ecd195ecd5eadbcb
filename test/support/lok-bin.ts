// How `lok` is started: node with the flags on the first line of src/bin/lok.mjs (what `npx lok`
// runs). Tests that measure a whole process start it the same way.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const LOK_BIN = fileURLToPath(new URL("../../src/bin/lok.mjs", import.meta.url));

/** The node flags of lok.mjs's `#!/usr/bin/env -S node …` line. */
export function lokNodeFlags(): string[] {
  const first = readFileSync(LOK_BIN, "utf8").split("\n", 1)[0] ?? "";
  const m = /^#!\/usr\/bin\/env -S node(.*)$/.exec(first);
  if (!m) throw new Error(`lok.mjs starts with ${first}`);
  return (m[1] ?? "").split(/\s+/).filter(Boolean);
}

/** Arguments for `spawn(process.execPath, …)` that run `lok <args>` as `npx lok` does. */
export function lokArgs(...args: string[]): string[] {
  return [...lokNodeFlags(), LOK_BIN, ...args];
}
