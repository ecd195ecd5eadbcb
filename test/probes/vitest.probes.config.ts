import { defineConfig } from "vitest/config";

// The probes run one file at a time: several of them start processes, fill a disk or restart a database,
// and they measure what happens under load they make themselves.
export default defineConfig({
  test: {
    include: ["test/probes/**/*.probe.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
