// Which process owns a PGlite data directory. Exactly one process may open the files; the others
// reach the database through the owner's socket. A claim must be atomic (two processes starting at
// once get one owner) and must vanish with its process, however it ends (kill -9 included), so that a
// stale claim never blocks a restart.
//
// On Linux the claim is a listening socket in the abstract namespace, named after the directory: the
// kernel lets one process bind a name and releases it when the process dies. Elsewhere it is a file
// created exclusively, holding the owner's pid; a file whose process is gone is stale and is replaced.
import { createHash } from "node:crypto";
import { open, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";

export interface OwnerClaim {
  /** Gives the directory up; call only after the database files are closed. */
  release(): Promise<void>;
}

export type ClaimMethod = "abstract-socket" | "lock-file";

export function defaultClaimMethod(): ClaimMethod {
  return process.platform === "linux" ? "abstract-socket" : "lock-file";
}

/** Claims `dataDir` (its real path) for this process, or returns null when another process has it. */
export async function claimDataDir(
  dataDir: string,
  method: ClaimMethod = defaultClaimMethod(),
): Promise<OwnerClaim | null> {
  return method === "abstract-socket" ? claimWithAbstractSocket(dataDir) : claimWithLockFile(dataDir);
}

function claimName(dataDir: string): string {
  return `\0lok-boten/pglite/${createHash("sha256").update(dataDir).digest("hex").slice(0, 40)}`;
}

async function claimWithAbstractSocket(dataDir: string): Promise<OwnerClaim | null> {
  const server = createServer((socket) => socket.destroy());
  const bound = await new Promise<boolean>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(false) : reject(error),
    );
    server.listen(claimName(dataDir), () => resolve(true));
  });
  if (!bound) return null;
  // The claim must not keep a process alive that has nothing else to do.
  server.unref();
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const LOCK_FILE = "lok-owner.lock";

async function claimWithLockFile(dataDir: string): Promise<OwnerClaim | null> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, "wx", 0o600);
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    if (Number.isInteger(pid) && pid > 0 && processExists(pid)) return null;
    // Left by a process that is gone: remove it and try once more.
    await rm(path, { force: true });
  }
  return null;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
