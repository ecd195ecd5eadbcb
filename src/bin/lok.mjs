#!/usr/bin/env -S node --no-wasm-tier-up --no-wasm-dynamic-tiering
// The `lok` command (package.json "bin"). Node runs the TypeScript sources as they are checked out,
// stripping their types; there is no build step.
//
// WebAssembly stays on V8's baseline compiler (the flags on the first line, also in package.json's
// scripts and the Dockerfile): optimising PGlite's 9 MB of PostgreSQL took half a gigabyte while it
// compiled and 60–70 MB for good, for a database that answers a group's commands in milliseconds
// either way. Measured: `lok serve` on PGlite idles at about 290 MB instead of 360 MB, with no peak
// of 850 MB at start, and a 10,000-row import peaks at about 530 MB instead of 1.1 GB.
const { main } = await import("../cli.ts");
process.exitCode = await main(process.argv.slice(2));
