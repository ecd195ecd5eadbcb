// A PGlite data directory shared by every `lok` process that uses it. PGlite keeps a database in the
// memory of the process that opened it, so two processes opening one directory would each write
// their own copy and the last to close would overwrite the other. Instead, the first process to need
// the directory claims it (data-dir-owner.ts) and serves it from a worker thread over a local socket
// (pglite-host.ts); every process, the owner included, talks to it through node-postgres. When the
// owner exits, the next connection of any other process claims the directory and serves it in turn.
import { createHash } from "node:crypto";
import { mkdir, realpath, statfs } from "node:fs/promises";
import { connect, Socket } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DomainError } from "../core/domain-error.ts";
import { type ClaimMethod, claimDataDir, defaultClaimMethod, type OwnerClaim } from "./data-dir-owner.ts";
import type { MigrationLogger } from "./migrate.ts";
import type { HostData, HostMessage } from "./pglite-host.ts";

export interface SharedDirectoryOptions {
  dataDir: string;
  migrate: boolean;
  migrationsDir: string;
  logger?: MigrationLogger;
  claimMethod?: ClaimMethod;
  /** How long to wait for another process that owns the directory but does not answer yet. */
  waitForOwnerMs?: number;
  /** How long an owner waits, when closing, for other processes' transactions to finish. */
  closeGraceMs?: number;
  idleInTransactionMs?: number;
}

/** Where the socket of a directory lives, as node-postgres addresses it: a directory and a port. */
export interface SocketLocation {
  dir: string;
  port: number;
  path: string;
}

const PORT = 5432;
/** A Unix socket path must fit in about 107 bytes; deep directories get theirs in the temp dir. */
const MAX_SOCKET_PATH = 100;

export async function socketLocation(realDir: string): Promise<SocketLocation> {
  let dir = realDir;
  if (Buffer.byteLength(join(dir, `.s.PGSQL.${PORT}`)) > MAX_SOCKET_PATH) {
    const hash = createHash("sha256").update(realDir).digest("hex").slice(0, 16);
    dir = join(tmpdir(), `lok-boten-${userInfo().uid}`, hash);
    await mkdir(dir, { recursive: true, mode: 0o700 });
  }
  return { dir, port: PORT, path: join(dir, `.s.PGSQL.${PORT}`) };
}

export interface SharedDirectory {
  realDir: string;
  socket: SocketLocation;
  /** Whether this process serves the directory right now. */
  owner(): boolean;
  /** Makes sure someone serves the directory (this process if nobody does); then a connection can be made. */
  ensureServed(): Promise<void>;
  /** A socket for node-postgres that first makes sure the directory is served. */
  socketFactory(): Socket;
  close(): Promise<void>;
}

export async function openSharedDirectory(options: SharedDirectoryOptions): Promise<SharedDirectory> {
  await mkdir(options.dataDir, { recursive: true });
  const realDir = await realpath(options.dataDir);
  const socket = await socketLocation(realDir);
  const method = options.claimMethod ?? defaultClaimMethod();
  const waitForOwnerMs = options.waitForOwnerMs ?? 60_000;
  let host: { worker: Worker; claim: OwnerClaim; stopped: Promise<void> } | undefined;
  let pending: Promise<void> | undefined;
  let closed = false;

  async function startHost(claim: OwnerClaim): Promise<void> {
    const data: HostData = {
      dataDir: realDir,
      socketPath: socket.path,
      migrate: options.migrate,
      migrationsDir: options.migrationsDir,
      ...(options.idleInTransactionMs !== undefined
        ? { idleInTransactionMs: options.idleInTransactionMs }
        : {}),
    };
    // The worker loads its own modules; the parent's flags (`-e`, `--input-type`, a test runner's) do not apply.
    const worker = new Worker(new URL("./pglite-host.ts", import.meta.url), {
      workerData: data,
      execArgv: [],
    });
    let stopped!: () => void;
    const stoppedPromise = new Promise<void>((resolve) => {
      stopped = resolve;
    });
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (message: HostMessage) => {
        if (message.type === "log") options.logger?.[message.level](message.message);
        else if (message.type === "ready") resolve();
        else if (message.type === "failed") reject(new Error(message.message));
        else if (message.type === "stopped") stopped();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        stopped();
        reject(new Error(`the database worker stopped (exit code ${code})`));
        if (host?.worker === worker) {
          // It died while serving: give the directory up so that a connection can serve it again.
          host = undefined;
          void claim.release();
        }
      });
    }).catch(async (error) => {
      await worker.terminate();
      await claim.release();
      throw (await diskIsFull(options.dataDir, error))
        ? new DomainError({ code: "database_no_space", dataDir: options.dataDir })
        : error;
    });
    host = { worker, claim, stopped: stoppedPromise };
  }

  async function serve(): Promise<void> {
    const deadline = Date.now() + waitForOwnerMs;
    for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
      if (closed) throw new Error("the database is closed");
      if (host) return;
      if (await accepts(socket.path)) return;
      const claim = await claimDataDir(realDir, method);
      if (claim) {
        // An owner this process cannot see (another container on the same volume) may still serve it.
        if (await accepts(socket.path)) {
          await claim.release();
          return;
        }
        await startHost(claim);
        return;
      }
      // The owner is starting (initdb, migrations) or handing over: it will answer soon.
      if (Date.now() > deadline) throw new DomainError({ code: "database_busy", dataDir: options.dataDir });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  function ensureServed(): Promise<void> {
    if (host) return Promise.resolve();
    pending ??= serve().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  return {
    realDir,
    socket,
    owner: () => host !== undefined,
    ensureServed,
    socketFactory() {
      const s = new Socket();
      const connectNow = s.connect.bind(s) as (...args: unknown[]) => Socket;
      s.connect = ((...args: unknown[]) => {
        ensureServed().then(
          () => connectNow(...args),
          (error: Error) => s.destroy(error),
        );
        return s;
      }) as Socket["connect"];
      return s;
    },
    async close() {
      closed = true;
      await pending?.catch(() => {});
      const current = host;
      host = undefined;
      if (!current) return;
      current.worker.postMessage({ type: "stop", graceMs: options.closeGraceMs ?? 10_000 });
      const timeout = new Promise<void>((resolve) =>
        setTimeout(resolve, (options.closeGraceMs ?? 10_000) + 10_000).unref(),
      );
      await Promise.race([current.stopped, timeout]);
      await current.worker.terminate();
      // Released only now: the files are closed, so the next owner opens a consistent directory.
      await current.claim.release();
    },
  };
}

/** Whether something accepts connections on the socket (an owner serving the directory). */
function accepts(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

/** Room a starting PGlite needs beyond its files (its write-ahead log grows in 16 MB segments). */
const START_ROOM_BYTES = 32 * 1024 * 1024;

/**
 * Whether a database that failed to start did so for want of disk: PGlite says only that it "failed to
 * initialize", so the free space is asked for.
 */
async function diskIsFull(dataDir: string, error: unknown): Promise<boolean> {
  if ((error as NodeJS.ErrnoException | undefined)?.code === "ENOSPC") return true;
  const fs = await statfs(dataDir).catch(() => undefined);
  return fs !== undefined && fs.bavail * fs.bsize < START_ROOM_BYTES;
}
