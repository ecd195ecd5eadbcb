// Whether an error means the database could not be reached at all (a server restarting, a network
// gone, a PGlite owner handing over), as opposed to a query that failed: nothing was changed then,
// and the person is told to try again in a moment instead of being told something broke.
const CONNECTION_CODES = new Set([
  // Prisma: can't reach the server, the server closed the connection, no connection free in time.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // node-postgres and the network.
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  // PostgreSQL shutting down or starting up.
  "57P01",
  "57P02",
  "57P03",
]);

/** Prisma's driver adapters name the kind of failure; these mean the database was not there. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, name, message, cause } = e as {
      code?: unknown;
      name?: string;
      message?: string;
      cause?: unknown;
    };
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (name === "PrismaClientInitializationError") return true;
    const kind = (cause as { kind?: unknown } | undefined)?.kind;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    // Prisma's known request errors carry the driver's error in `meta` (P2039: a database error with
    // PostgreSQL's own code), not in `cause`.
    const driver = (
      e as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } }
    ).meta?.driverAdapterError?.cause;
    if (typeof driver?.originalCode === "string" && CONNECTION_CODES.has(driver.originalCode)) return true;
    if (typeof driver?.kind === "string" && ADAPTER_KINDS.has(driver.kind)) return true;
    if (
      typeof message === "string" &&
      /Connection terminated unexpectedly|Server has closed the connection/.test(message)
    )
      return true;
    e = cause;
  }
  return false;
}

/** PostgreSQL's disk_full, and the operating system's words for it where PGlite passes them on. */
const DISK_FULL_CODE = "53100";
const DISK_FULL_TEXT = /No space left on device|ENOSPC|could not extend file/;

/**
 * The database ran out of disk while writing (PostgreSQL's 53100, PGlite's "No space left on
 * device"): the write was rolled back, and it works again once there is room.
 */
export function isDiskFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, message, cause, meta } = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } };
    };
    if (code === DISK_FULL_CODE || code === "ENOSPC") return true;
    const driver = meta?.driverAdapterError?.cause;
    if (driver?.originalCode === DISK_FULL_CODE) return true;
    if (typeof message === "string" && DISK_FULL_TEXT.test(message)) return true;
    e = cause;
  }
  return false;
}
