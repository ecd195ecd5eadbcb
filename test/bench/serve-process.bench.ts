// The bot as it runs in production, `lok serve` in a process of its own, measured from outside:
// - a burst: `requests` signed `/lok status` requests sent at the same moment to a bot that has just
//   started (cold), each over its own connection; when every ack arrived (Slack shows an error after
//   3 s), when every answer arrived, and whether every update was stored once;
// - its memory: resident set size while idle, after a first start on a new PGlite directory, a start
//   on an existing one, and on PostgreSQL, read from /proc (Linux).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, rm } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { bindChannel } from "../../src/services/channels.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { findGroup } from "../../src/services/groups.ts";
import { lokArgs } from "../support/lok-bin.ts";
import { USERS } from "../support/slack-harness.ts";
import { CHANNEL } from "../support/slack-payloads.ts";
import { SIGNING_SECRET } from "../support/slack-requests.ts";
import { createTestDataDir } from "../support/test-database.ts";
import type { BurstJob, BurstResult } from "./burst-side.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type Target = { kind: "pglite"; dataDir: string } | { kind: "postgresql"; url: string };

function databaseEnv(target: Target): Record<string, string> {
  return target.kind === "pglite"
    ? { DATA_DIR: target.dataDir, DATABASE_URL: "" }
    : { DATABASE_URL: target.url };
}

function open(target: Target): Promise<Database> {
  return openDatabase(target.kind === "pglite" ? { dataDir: target.dataDir } : { databaseUrl: target.url });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/** Resident and peak resident memory of a process, in MB (Linux's /proc; NaN elsewhere). */
export async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

interface Bot {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/** `lok serve` with Slack in HTTP mode against the given Web API, once it accepts connections. */
async function startBot(target: Target, apiUrl: string): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, lokArgs("serve"), {
    cwd: ROOT,
    env: {
      ...process.env,
      ...databaseEnv(target),
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      SCHEDULER_ENABLED: "false",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`bench: lok serve exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("bench: lok serve did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    port,
    async stop() {
      child.kill("SIGTERM");
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}

async function startBurstSide() {
  const child = spawn(process.execPath, [join(ROOT, "test/bench/burst-side.ts")], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  const next = async <T>() => JSON.parse((await lines.next()).value as string) as T;
  const { apiUrl } = await next<{ apiUrl: string }>();
  return {
    apiUrl,
    async burst(job: BurstJob) {
      child.stdin?.write(`${JSON.stringify(job)}\n`);
      return next<BurstResult>();
    },
    async stop() {
      child.stdin?.end();
      await once(child, "exit");
    },
  };
}

/** The demo, with the Slack users' e-mail addresses and the channel bound, as a running group has it. */
async function prepareDemo(target: Target): Promise<void> {
  const db = await open(target);
  try {
    await loadDemo(db.prisma, await readDemo(), new Date());
    for (const u of [USERS.anna, USERS.tina]) {
      await db.prisma.member.updateMany({ where: { name: u.name }, data: { email: u.email } });
    }
    await bindChannel(
      db.prisma,
      { platform: "slack", workspaceId: "T1", channelId: CHANNEL },
      await findGroup(db.prisma),
    );
  } finally {
    await db.close();
  }
}

export interface BurstBenchResult extends BurstResult {
  requests: number;
  stored: number;
  memory: { idle: number; afterBurst: number; peak: number };
}

/**
 * Keeps the database busy for `ms`, as a long import in another process does: on PGlite a transaction
 * holds the one session, on PostgreSQL one holds the status history locked.
 */
async function holdDatabase(
  target: Target,
  ms: number,
): Promise<{ held: Promise<void>; done: Promise<void> }> {
  const db = await open(target);
  let held!: () => void;
  const heldPromise = new Promise<void>((resolve) => {
    held = resolve;
  });
  const done = db.prisma
    .$transaction(
      async (tx) => {
        if (target.kind === "postgresql")
          await tx.$executeRawUnsafe("LOCK TABLE status_updates IN EXCLUSIVE MODE");
        else await tx.group.count();
        held();
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
      { timeout: ms + 30_000 },
    )
    .finally(() => db.close());
  return { held: heldPromise, done };
}

export async function benchBurst(options: {
  target: Target;
  requests: number;
  /** Keep the database busy this long while the burst arrives. */
  busyDatabaseMs?: number;
}): Promise<BurstBenchResult> {
  await prepareDemo(options.target);
  const side = await startBurstSide();
  const tag = `burst${Date.now()}`;
  try {
    const bot = await startBot(options.target, side.apiUrl);
    let result: BurstResult;
    let memory: BurstBenchResult["memory"];
    try {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const idle = await memoryOf(bot.child.pid as number);
      const busy = options.busyDatabaseMs
        ? await holdDatabase(options.target, options.busyDatabaseMs)
        : undefined;
      await busy?.held;
      result = await side.burst({
        eventsUrl: `http://127.0.0.1:${bot.port}/slack/events`,
        requests: options.requests,
        tag,
      });
      const after = await memoryOf(bot.child.pid as number);
      await busy?.done;
      memory = { idle: idle.rss, afterBurst: after.rss, peak: after.peak };
    } finally {
      await bot.stop();
    }
    const db = await open(options.target);
    try {
      const stored = await db.prisma.statusUpdate.count({ where: { comment: { startsWith: `${tag} ` } } });
      return { ...result, requests: options.requests, stored, memory };
    } finally {
      await db.close();
    }
  } finally {
    await side.stop();
  }
}

export interface MemoryBenchResult {
  pgliteFirstStart: { rss: number; peak: number };
  pgliteExisting: { rss: number; peak: number };
  postgresql?: { rss: number; peak: number };
}

/** Idle memory of `lok serve` 5 s after it has started, with Slack configured and nothing to do. */
async function idleMemory(target: Target, apiUrl: string) {
  const bot = await startBot(target, apiUrl);
  try {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return await memoryOf(bot.child.pid as number);
  } finally {
    await bot.stop();
  }
}

export async function benchMemory(options: { postgresUrl?: string }): Promise<MemoryBenchResult> {
  const side = await startBurstSide();
  const dataDir = join(await createTestDataDir(), "fresh");
  try {
    const pgliteFirstStart = await idleMemory({ kind: "pglite", dataDir }, side.apiUrl);
    const pgliteExisting = await idleMemory({ kind: "pglite", dataDir }, side.apiUrl);
    const postgresql = options.postgresUrl
      ? await idleMemory({ kind: "postgresql", url: options.postgresUrl }, side.apiUrl)
      : undefined;
    return { pgliteFirstStart, pgliteExisting, ...(postgresql ? { postgresql } : {}) };
  } finally {
    await side.stop();
    await rm(join(dataDir, ".."), { recursive: true, force: true });
  }
}

/** A PostgreSQL URL for a schema of its own, and how to drop it. */
export function postgresTarget(baseUrl: string, schema: string): Target & { kind: "postgresql" } {
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return { kind: "postgresql", url: url.toString() };
}

export async function pgliteTarget(): Promise<Target & { kind: "pglite" }> {
  return { kind: "pglite", dataDir: await createTestDataDir() };
}
