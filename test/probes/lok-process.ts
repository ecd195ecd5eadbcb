// A real `lok` process for the probes, with its peak memory, and PostgreSQL schemas of its own.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { lokArgs } from "../support/lok-bin.ts";

export const ROOT = join(import.meta.dirname, "../..");
const REPORTER = join(ROOT, "test/fixtures/plans/report-max-rss.mjs");
export const PG_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";

export interface LokRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  maxRss: number;
  timedOut: boolean;
}

export function runLok(
  args: string[],
  env: Record<string, string>,
  options: { timeoutMs?: number; killAfterMs?: number; input?: string } = {},
): Promise<LokRun> {
  const rssFile = join(tmpdir(), `lok-probe-${randomBytes(4).toString("hex")}.rss`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", REPORTER, ...lokArgs(...args)], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", LOK_MAX_RSS_FILE: rssFile, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 120_000);
    const killer =
      options.killAfterMs === undefined
        ? undefined
        : setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
    child.on("error", reject);
    child.on("close", async (code, signal) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      const maxRss = Number(await readFile(rssFile, "utf8").catch(() => "0"));
      await rm(rssFile, { force: true });
      resolve({ code, signal, stdout, stderr, maxRss, timedOut });
    });
  });
}

/** A fresh PostgreSQL schema and the URL that puts `lok` in it. */
export async function pgSchema(prefix: string) {
  const schema = `${prefix}_${randomBytes(4).toString("hex")}`;
  const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}schema=${schema}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  return {
    url,
    schema,
    query: async (sql: string) => (await client.query(sql.replaceAll("$schema", `"${schema}"`))).rows,
    async drop() {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** Library or runtime words a person must never see. */
export const ENGLISH_OR_STACK =
  /\bat \S+\.(ts|js|mjs):\d+|Error:|TypeError|RangeError|Cannot read|Invalid string|undefined|ENOENT|EISDIR|heap out of memory/;
