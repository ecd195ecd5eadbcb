// `npm start` in a real terminal (a pseudo-terminal from util-linux `script`): Ctrl-C at the prompt
// says goodbye and that what was typed is saved, and the process exits 0.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("npm start in a terminal", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "lok-e2e-tty-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("says goodbye on Ctrl-C and exits 0", async () => {
    const child = spawn("script", ["-qfec", "npm start --silent", "/dev/null"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "warn", TERM: "dumb" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let screen = "";
    child.stdout.on("data", (d) => {
      screen += d;
    });
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    const prompts = () => screen.split("lok> ").length - 1;
    const waitForPrompt = async (n: number) => {
      while (prompts() < n) await new Promise((r) => setTimeout(r, 50));
    };
    await waitForPrompt(1);
    child.stdin.write("status 13 pågår\r");
    await waitForPrompt(2);
    child.stdin.write("\x03");
    const code = await closed;
    expect(screen).toContain("Sparat: aktivitet 13 pågår nu");
    expect(screen).toContain("Hej då! Allt du har skrivit är sparat.");
    expect(code).toBe(0);
  });
});
