#!/usr/bin/env node
// Generates the Prisma client after `npm install`. Generation itself is WebAssembly, but the CLI looks
// for a native schema engine at start-up and would try to download one; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file keeps it offline. Where Prisma's binaries are
// installed and the variable is already set, that setting wins.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

let cli;
try {
  cli = require.resolve("prisma/build/index.js", { paths: [root] });
} catch {
  if (existsSync(new URL("../db/generated/client.ts", import.meta.url))) process.exit(0);
  console.error("prisma-generate: the prisma CLI is not installed and there is no generated client.");
  process.exit(1);
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
