// One PGlite data directory, several `lok` processes: every confirmed write is kept, whichever
// process owns the directory and however it ends.
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDataDir, LOCK_FILE } from "../../../src/db/data-dir-owner.ts";
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from "../../../src/db/open-database.ts";
import { createTestDataDir } from "../../support/test-database.ts";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

interface Writer {
  child: ChildProcess;
  lines: string[];
  waitFor(line: string | RegExp): Promise<void>;
  exited: Promise<number | null>;
}

function writer(dataDir: string, tag: string, count: number, holdMs: number, pauseMs = 0): Writer {
  const child = spawn(
    process.execPath,
    ["test/support/pglite-writer.ts", dataDir, tag, String(count), String(holdMs), String(pauseMs)],
    { cwd: repo, env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let rest = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    async waitFor(line) {
      const found = () => lines.some((l) => (typeof line === "string" ? l === line : line.test(l)));
      while (!found()) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`${tag} ended: ${lines.join(" | ")}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
  };
}

const confirmed = (...writers: Writer[]) =>
  writers.flatMap((w) => w.lines.filter((l) => l.startsWith("confirmed ")).map((l) => l.slice(10)));

async function storedNames(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ dataDir });
  try {
    return (await db.prisma.group.findMany({ select: { name: true } })).map((g) => g.name);
  } finally {
    await db.close();
  }
}

describe("a PGlite data directory shared by several processes", () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await createTestDataDir();
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps what two processes write at the same time", async () => {
    const a = writer(dataDir, "a", 60, 1_500, 5);
    await a.waitFor(/^open /);
    const b = writer(dataDir, "b", 60, 0, 5);
    await Promise.all([a.exited, b.exited]);
    const written = confirmed(a, b);
    expect(written).toHaveLength(120);
    expect((await storedNames(dataDir)).sort()).toEqual(written.sort());
  });

  it("hands the directory over when its owner exits while another process writes", async () => {
    const owner = writer(dataDir, "owner", 5, 300);
    await owner.waitFor("written");
    const other = writer(dataDir, "other", 150, 0, 10);
    await other.waitFor(/^confirmed other-/);
    expect(await owner.exited).toBe(0);
    expect(await other.exited).toBe(0);
    const stored = await storedNames(dataDir);
    // Every write that was confirmed is there, and nothing that was not.
    expect(stored.sort()).toEqual(confirmed(owner, other).sort());
    // A query that met the handover was sent again on the new owner: none failed.
    expect(other.lines.filter((l) => l.startsWith("failed "))).toEqual([]);
    expect(confirmed(other)).toHaveLength(150);
  });

  it("keeps confirmed writes when the owner is killed, and lets the next process take over at once", async () => {
    const owner = writer(dataDir, "killed", 100_000, 0, 2);
    await owner.waitFor(/^confirmed killed-20$/);
    const other = writer(dataDir, "survivor", 200, 0, 5);
    await other.waitFor(/^confirmed survivor-10$/);
    owner.child.kill("SIGKILL");
    await owner.exited;
    expect(await other.exited).toBe(0);
    const stored = new Set(await storedNames(dataDir));
    for (const name of confirmed(owner, other)) expect(stored).toContain(name);
    expect(confirmed(other).length).toBeGreaterThan(190);
  });

  it("is not blocked by the lock file of a process that no longer exists", async () => {
    await writeFile(join(dataDir, LOCK_FILE), "999999999\n");
    const claim = await claimDataDir(dataDir, "lock-file");
    expect(claim).not.toBeNull();
    // While this process holds it, nobody else gets it.
    expect(await claimDataDir(dataDir, "lock-file")).toBeNull();
    await claim?.release();
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
  });

  it("refuses to work through an owner whose database lacks this version's migrations", async () => {
    // This process's migrations are the owner's and one more.
    const newer = await mkdtemp(join(tmpdir(), "lok-migrations-"));
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, newer, { recursive: true });
      await mkdir(join(newer, "29991231000000_later"));
      await writeFile(join(newer, "29991231000000_later", "migration.sql"), "CREATE TABLE later (id int);");
      const owner = await openDatabase({ dataDir });
      try {
        await expect(openDatabase({ dataDir, migrationsDir: newer })).rejects.toMatchObject({
          detail: { code: "database_older_owner", dataDir },
        });
      } finally {
        await owner.close();
      }
    } finally {
      await rm(newer, { recursive: true, force: true });
    }
  });
});
