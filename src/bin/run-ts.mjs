#!/usr/bin/env node
// Runs a TypeScript entry file with tsx's loader: `node src/bin/run-ts.mjs path/to/file.ts [args…]`.
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error("usage: run-ts.mjs <file.ts> [args…]");
  process.exit(2);
}
process.argv = [process.argv[0] ?? "node", file, ...rest];
register();
await import(pathToFileURL(file).href);
