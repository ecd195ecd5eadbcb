// A database that cannot be reached stops `lok` with one Swedish sentence that says what to check,
// not a log line with a stack.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lokArgs } from "../support/lok-bin.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function lok(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, lokArgs(...args), {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "", PORT: "0", ...env },
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
  });
}

describe("a database lok cannot reach", () => {
  it("a PostgreSQL that does not listen: one sentence, exit 78", async () => {
    const r = await lok({ DATABASE_URL: "postgresql://postgres@127.0.0.1:9/test" }, "migrate");
    expect(r.code).toBe(78);
    expect(r.stderr.trim()).toMatch(
      /^Jag når inte PostgreSQL \(127\.0\.0\.1:9\/test\): servern tar inte emot anslutningar\./,
    );
    expect(r.stderr).not.toMatch(/"level"|ECONNREFUSED|at .*\.ts/);
  });

  it.runIf(process.env.DATABASE_URL)("a database the server does not have", async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = "/finns_inte_alls";
    const r = await lok({ DATABASE_URL: url.toString() }, "migrate");
    expect(r.code).toBe(78);
    expect(r.stderr).toContain("databasen finns inte på servern");
    expect(r.stderr).not.toContain('"level"');
  });
});
