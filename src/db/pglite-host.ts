// The PGlite of a data directory, in a worker thread of the process that owns the directory: it opens
// the database, applies pending migrations, and serves it on a local socket through the relay, to
// this process and to any other `lok` process on the same directory. In its own thread the database
// never delays the thread that answers Slack and Teams.
import { chmod, rm } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "./migrate.ts";
import { createPGliteRelay } from "./pglite-relay.ts";

export interface HostData {
  dataDir: string;
  socketPath: string;
  migrate: boolean;
  migrationsDir: string;
  idleInTransactionMs?: number;
}

export type HostMessage =
  | { type: "log"; level: "info" | "warn"; message: string }
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "stopped" };

/**
 * PostgreSQL's defaults are sized for a server; a handlingsplan is a few megabytes. 16 MB of shared
 * buffers instead of 128 MB keeps the worker's memory small without touching the disk more.
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

const port = parentPort;
if (!port) throw new Error("pglite-host runs as a worker thread");
const data = workerData as HostData;
const send = (message: HostMessage) => port.postMessage(message);

async function start() {
  const pglite = new PGlite(data.dataDir, { startParams: PGLITE_START_PARAMS });
  try {
    await pglite.waitReady;
    if (data.migrate) {
      await applyMigrations(
        { kind: "pglite", pglite },
        {
          migrationsDir: data.migrationsDir,
          logger: {
            info: (message) => send({ type: "log", level: "info", message }),
            warn: (message) => send({ type: "log", level: "warn", message }),
          },
        },
      );
    }
  } catch (error) {
    await pglite.close().catch(() => {});
    throw error;
  }
  const relay = createPGliteRelay({
    pglite,
    ...(data.idleInTransactionMs !== undefined ? { idleInTransactionMs: data.idleInTransactionMs } : {}),
    logger: { warn: (_fields, message) => send({ type: "log", level: "warn", message }) },
  });
  // A socket left by an owner that was killed; ours is the only process that may own the directory now.
  await rm(data.socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    relay.server.once("error", reject);
    relay.server.listen(data.socketPath, () => resolve());
  });
  // Only this user may connect: the socket gives the whole database to whoever reaches it.
  await chmod(data.socketPath, 0o600);
  return { pglite, relay };
}

start().then(
  ({ pglite, relay }) => {
    send({ type: "ready" });
    port.on("message", async (message: { type: "stop"; graceMs: number }) => {
      if (message.type !== "stop") return;
      await relay.close(message.graceMs);
      await pglite.close();
      await rm(data.socketPath, { force: true });
      send({ type: "stopped" });
      port.close();
    });
  },
  (error: unknown) => {
    send({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    port.close();
  },
);
