// A real `lok` process for the probes, with its peak memory, and PostgreSQL schemas of its own.
import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { lokArgs } from "../support/lok-bin.ts";
import { SIGNING_SECRET } from "../support/slack-requests.ts";

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
      env: { ...process.env, LOG_LEVEL: "warn", LOK_MAX_RSS_FILE: rssFile, PORT: "0", ...env },
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

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export interface SlackBot {
  child: ChildProcess;
  url: string;
  log: () => string;
  exited: Promise<number | null>;
}

/** `lok serve` with Slack over HTTP against the given Web API, once it accepts connections. */
export async function startSlackBot(env: Record<string, string>, apiUrl: string): Promise<SlackBot> {
  const port = await freePort();
  const child = spawn(process.execPath, lokArgs("serve"), {
    cwd: ROOT,
    env: {
      ...process.env,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-probe",
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      SCHEDULER_ENABLED: "false",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => {
    log += d;
  });
  child.stderr?.on("data", (d) => {
    log += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`lok serve exited: ${log}`);
    if (Date.now() > deadline) throw new Error("lok serve did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url: `http://127.0.0.1:${port}/slack/events`, log: () => log, exited };
}

export interface Running {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  send(line: string): void;
  exited: Promise<number | null>;
}

/** A `lok` process that keeps reading its input until told to stop. */
export function startLok(env: Record<string, string>, ...args: string[]): Running {
  const child = spawn(process.execPath, lokArgs(...args), {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", ...env },
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    out += d;
  });
  return {
    child,
    output: () => out,
    send: (line) => child.stdin.write(`${line}\n`),
    exited: new Promise((resolve) => child.on("close", (code) => resolve(code))),
  };
}
