// The peak memory of a real `lok import` process: hostile files a few kilobytes or megabytes large
// are refused in Swedish without the process growing past a fraction of 1 GB, and a real
// 10,000-row plan still imports.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largePlan } from "../../bench/import.bench.ts";
import { farColumn, hugeCell, wholeSheetMerge, zipBomb } from "../../fixtures/plans/hostile-files.ts";
import { lokArgs } from "../../support/lok-bin.ts";

const ROOT = join(import.meta.dirname, "../../..");
const REPORTER = join(ROOT, "test/fixtures/plans/report-max-rss.mjs");
const GIB = 1024 ** 3;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lok-import-memory-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function lokImport(file: string, args: string[], env: Record<string, string> = {}) {
  const rssFile = join(dir, `${randomBytes(4).toString("hex")}.rss`);
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ["--import", REPORTER, ...lokArgs("import", file, ...args)], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: "",
          DATA_DIR: join(dir, "data"),
          LOG_LEVEL: "warn",
          LOK_MAX_RSS_FILE: rssFile,
          ...env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    },
  );
  return { ...result, maxRss: Number(await readFile(rssFile, "utf8")) };
}

describe("peak memory of lok import", () => {
  it.each([
    ["sammanfogad.xlsx", wholeSheetMerge, /har sammanfogade celler A1:XFD1048576/],
    ["bomb.xlsx", async () => zipBomb(64), /packas upp till mer än 64 MB/],
    ["bred.xlsx", () => farColumn(), /det finns något i kolumn XFD/],
    ["cell.xlsx", () => hugeCell(5_000_000), /en cell har fler än 32 767 tecken/],
    [
      "citat.csv",
      async () => Buffer.from(`Nr;Aktivitet\r\n1;"${"lång text utan slut ".repeat(500_000)}`),
      /en cell har fler än 32 767 tecken/,
    ],
  ])("refuses %s in Swedish, well under 1 GB", async (name, make, message) => {
    const file = join(dir, name);
    await writeFile(file, await make());
    const r = await lokImport(file, ["--group", "Minnesgruppen", "--dry-run"]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
    expect(r.code).toBe(1);
    expect(r.maxRss).toBeLessThan(GIB / 2);
  });

  it("imports a real 10,000-row plan", async () => {
    const file = join(dir, "stor-plan.xlsx");
    await writeFile(file, await largePlan(10_000));
    const url = process.env.DATABASE_URL;
    const schema = `import_memory_${randomBytes(4).toString("hex")}`;
    try {
      const r = await lokImport(
        file,
        ["--group", "Stora gruppen"],
        url ? { DATABASE_URL: `${url}${url.includes("?") ? "&" : "?"}schema=${schema}` } : {},
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Klart: 10000 aktiviteter");
      // The whole process, the PGlite worker included, stays below 1 GB.
      expect(r.maxRss).toBeLessThan(GIB);
    } finally {
      if (url) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    }
  }, 120_000);
});
