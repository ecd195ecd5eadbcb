// `npm start` as a newcomer runs it: a fresh data directory, commands piped on stdin, replies on stdout,
// exit 0 at the end of input, and what was typed still there after a restart.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.ts";

const root = new URL("../..", import.meta.url).pathname;

function npmStart(dataDir: string, input: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn("npm", ["start", "--silent"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "warn", PORT: "0", ...env },
      stdio: ["pipe", "pipe", "pipe"],
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
    child.stdin.end(input);
  });
}

describe("npm start with piped stdin (console, embedded database)", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "lok-e2e-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("loads the demo on first start, answers each line and exits 0 at end of input", async () => {
    const run = await npmStart(
      dataDir,
      [
        "/lok status 13 klar Klart efter föreningsträffen",
        "visa 13",
        "status 99 klar",
        "stauts 1",
        "lista försenade",
        "",
      ].join("\n"),
    );
    expect(run.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("> /lok status 13 klar Klart efter föreningsträffen");
    expect(run.stdout).toContain("Sparat: aktivitet 13 är nu klar (var ej påbörjad).");
    expect(run.stdout).toContain("[till kanalen] ✅ 13. Se över föreningsregistret");
    expect(run.stdout).toContain("(Anna Fogel): Klart efter föreningsträffen");
    expect(run.stdout).toContain("Aktivitet 99 finns inte i Handlingsplan 2017–2018; det finns 1–14");
    expect(run.stdout).toContain("Menade du status?");
    expect(run.stdout).toContain("Försenade aktiviteter");
  });

  it("keeps the update across a restart, and LOK_USER chooses who types", async () => {
    const run = await npmStart(dataDir, "status 13\nansvarig 13 Tina Modin\nstatus 13 pågår\n", {
      LOK_USER: "Tina Modin",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Aktivitet 13 är klar.");
    expect(run.stdout).toContain("klar av Anna Fogel: Klart efter föreningsträffen");
    expect(run.stdout).toContain("Bara samordnare och administratörer kan ändra vem som är ansvarig");
    expect(run.stdout).toContain("(Tina Modin)");
  });

  it("shows control characters in stored text and in the echoed line visibly, never sends them to the terminal", async () => {
    // Text stored before it was cleaned at the door, or by a tool that writes the database directly.
    const db = await openDatabase({ dataDir, migrate: false });
    try {
      const activity = await db.prisma.activity.findFirstOrThrow({ where: { number: 13 } });
      await db.prisma.statusUpdate.updateMany({
        where: { activityId: activity.id },
        data: { comment: "Klart\u001b[2J\u001b[H\u009b31mröd\u0007" },
      });
    } finally {
      await db.close();
    }
    const run = await npmStart(dataDir, "visa 13\nvisa 13 \u001b[1A\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Klart␛[2J␛[H<U+009B>31mröd␇");
    expect(run.stdout).toContain("> visa 13 ␛[1A");
    expect(run.stdout).not.toMatch(/(?![\n])\p{Cc}/u);
    // The reply's own line breaks stay.
    expect(run.stdout.split("\n").length).toBeGreaterThan(10);
  });
});
