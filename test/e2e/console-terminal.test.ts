// `npm start` in a real terminal (a pseudo-terminal from util-linux `script`): Ctrl-C at the prompt
// says goodbye and that what was typed is saved, and the process exits 0; while the console runs the
// web page is served on PORT and the greeting says where, or that the port is taken.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
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

  function npmStart(port: string) {
    const child = spawn("script", ["-qfec", "npm start --silent", "/dev/null"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: "",
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        TERM: "dumb",
        PORT: port,
      },
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
    return { child, screen: () => screen, closed, waitForPrompt };
  }

  it("says goodbye on Ctrl-C and exits 0", async () => {
    const { child, screen: shown, closed, waitForPrompt } = npmStart("0");
    await waitForPrompt(1);
    child.stdin.write("status 13 pågår\r");
    await waitForPrompt(2);
    child.stdin.write("\x03");
    const code = await closed;
    const screen = shown();
    expect(screen).toContain("Sparat: aktivitet 13 pågår nu");
    expect(screen).toContain("Hej då! Allt du har skrivit är sparat.");
    expect(code).toBe(0);
  });

  it("greets with the address of the web page it serves (the port bound for PORT=0)", async () => {
    const { child, screen, closed, waitForPrompt } = npmStart("0");
    await waitForPrompt(1);
    const address = /Webbsidan: (http:\/\/localhost:(\d+)\/)/.exec(screen());
    expect(address?.[2]).not.toBe("0");
    const page = await fetch(address?.[1] ?? "http://localhost:9/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<h1>");
    const health = await fetch(new URL("/healthz", address?.[1]));
    expect(await health.json()).toEqual({ status: "ok" });
    child.stdin.write("\x03");
    expect(await closed).toBe(0);
  });

  it("with PORT taken, says so and runs the console without the web page", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { child, screen, closed, waitForPrompt } = npmStart(String(port));
      await waitForPrompt(1);
      expect(screen()).toContain(`Webbsidan visas inte: port ${port} används redan`);
      expect(screen()).not.toContain("Webbsidan: http");
      child.stdin.write("status 13 klar\r");
      await waitForPrompt(2);
      expect(screen()).toContain("Sparat: aktivitet 13");
      child.stdin.write("\x03");
      expect(await closed).toBe(0);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
