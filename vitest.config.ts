import { defineConfig } from "vitest/config";

// Three suites: unit (pure core, fast), integration (real PGlite, and real PostgreSQL when
// DATABASE_URL is set), e2e (the real `lok` process, Bolt receiver and Teams app).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
