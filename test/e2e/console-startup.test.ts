// What a newcomer sees when LOK_GROUP or LOK_USER names nobody: one Swedish line on stderr that says
// what to choose, a non-zero exit, no JSON log line, no stack trace, and no member created.
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
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "", PORT: "0", ...env },
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

/** One line of Swedish, no JSON and no stack. */
function expectOnePoliteLine(stderr: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s*\{/m);
  expect(stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
  expect(stderr).not.toMatch(/DomainError|Error:|undefined/);
}

describe("console start-up with LOK_GROUP and LOK_USER", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "lok-e2e-startup-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("names the groups that exist when LOK_GROUP names none, and exits 78", async () => {
    const run = await npmStart(dataDir, "lista\n", { LOK_GROUP: "Samverkansgruppen Lund" });
    expect(run.code).toBe(78);
    expectOnePoliteLine(run.stderr);
    expect(run.stderr).toContain('LOK_GROUP="Samverkansgruppen Lund": det finns ingen grupp som heter så.');
    expect(run.stderr).toContain(
      'Grupperna är Samverkansrådet Örebro. Välj en, till exempel LOK_GROUP="Samverkansrådet Örebro"',
    );
    expect(run.stdout).toBe("");
  });

  it("takes a unique first name, hyphenated or not, as the member", async () => {
    const anna = await npmStart(dataDir, "mina\n", { LOK_USER: "anna" });
    expect(anna.code).toBe(0);
    expect(anna.stdout).toContain("13. Se över föreningsregistret"); // Anna Fogel's activity
    const matsOlof = await npmStart(dataDir, "status 3 pågår Inbjudan skickad\n", { LOK_USER: "Mats-Olof" });
    expect(matsOlof.code).toBe(0);
    expect(matsOlof.stdout).toContain("(Mats-Olof Liljegren): Inbjudan skickad");
  });

  it("lists the candidates for a shared first name, and refuses an unknown or blank name", async () => {
    const mats = await npmStart(dataDir, "mina\n", { LOK_USER: "Mats" });
    expect(mats.code).toBe(78);
    expectOnePoliteLine(mats.stderr);
    expect(mats.stderr).toContain(
      'LOK_USER="Mats" passar flera i Samverkansrådet Örebro: Mats Einestam och Mats-Olof Liljegren.',
    );
    expect(mats.stderr).toContain('Skriv hela namnet, till exempel LOK_USER="Mats Einestam".');

    const unknown = await npmStart(dataDir, "mina\n", { LOK_USER: "Gunnar Okänd" });
    expect(unknown.code).toBe(78);
    expectOnePoliteLine(unknown.stderr);
    expect(unknown.stderr).toContain(
      'LOK_USER="Gunnar Okänd": Samverkansrådet Örebro har ingen medlem som heter så.',
    );
    expect(unknown.stderr).toContain("Medlemmarna är Anna Fogel, Helena Astvald");
    expect(unknown.stderr).toContain("Ingen ny medlem läggs till härifrån");

    const blank = await npmStart(dataDir, "mina\n", { LOK_USER: "   " });
    expect(blank.code).toBe(78);
    expectOnePoliteLine(blank.stderr);
    expect(blank.stderr).toContain("LOK_USER är tomt");

    // Nobody was added by any of these.
    const db = await openDatabase({ dataDir });
    try {
      const names = (await db.prisma.member.findMany({ select: { name: true } })).map((m) => m.name);
      expect(names).toHaveLength(14);
      expect(names).not.toContain("Gunnar Okänd");
      expect(names).not.toContain("Mats");
    } finally {
      await db.close();
    }
  });
});
