#!/usr/bin/env node
// The `lok` command (package.json "bin"). Loads the TypeScript sources through tsx, so the
// repository runs as it is checked out, with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli.ts");
process.exitCode = await main(process.argv.slice(2));
