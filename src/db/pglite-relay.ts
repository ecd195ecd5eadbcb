// Serves one PGlite to PostgreSQL clients (node-postgres, psql) over a socket, so that every `lok`
// process on a data directory reaches the same database instead of opening a copy of its own.
//
// PGlite is one backend session. Every client connection is relayed into it, and two rules keep the
// clients apart:
// - A client's messages are passed on as whole groups, up to and including Sync (or a simple Query,
//   or Flush). The extended protocol keeps its unnamed statement and portal in the session between
//   Parse and Sync; if another client's Parse got in between, the first client's Bind would run the
//   second client's statement. Groups are therefore never interleaved, however the bytes arrive.
// - While a client has a transaction open, only that client runs; the others wait for it to commit
//   or roll back. A client that closes mid-transaction is rolled back; one that stays idle in a
//   transaction longer than `idleInTransactionMs` is disconnected (and rolled back) so that it
//   cannot stop everyone else.
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** A startup or SSL request has no type byte; no real one is larger than this. */
const MAX_STARTUP_BYTES = 10_000;
/**
 * What a connection the relay ends is told: PostgreSQL's own "terminating connection due to
 * administrator command" (57P01). Nothing that connection sent after it was run, so a client that
 * gets this error for a query may send the query again on a new connection.
 */
export const SHUTTING_DOWN_CODE = "57P01";
const SHUTTING_DOWN = errorResponse(SHUTTING_DOWN_CODE, "the database is being handed to another process");

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, "utf8");
  const head = Buffer.alloc(5);
  head.write("E", 0, "latin1");
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

/** Message types after which the client waits for an answer: Sync, Query, Flush. */
const GROUP_ENDS = new Set(["S", "Q", "H"]);

export interface RelayLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface RelayOptions {
  pglite: PGlite;
  /** How long a client may hold a transaction open without sending anything (default 60 s). */
  idleInTransactionMs?: number;
  logger?: RelayLogger;
}

export interface PGliteRelay {
  server: Server;
  /** Connections currently open. */
  connections(): number;
  /**
   * Stops accepting connections, lets a transaction in progress finish (at most `graceMs`), then
   * closes every connection. PGlite itself is left open.
   */
  close(graceMs?: number): Promise<void>;
}

interface Connection {
  socket: Socket;
  buffer: Buffer;
  started: boolean;
  /** Messages of the group being received. */
  group: Buffer[];
  /** Groups received and not yet run, in order. */
  jobs: Buffer[];
  running: boolean;
  closed: boolean;
  /** Ended by the relay: whatever arrives after that is not run, so the client's error is the truth. */
  ending: boolean;
  idleTimer?: NodeJS.Timeout;
}

export function createPGliteRelay(options: RelayOptions): PGliteRelay {
  const { pglite } = options;
  const idleInTransactionMs = options.idleInTransactionMs ?? 60_000;
  const open = new Set<Connection>();
  // Who may run now: nobody, or the connection whose transaction is open. Waiters queue in order.
  let holder: Connection | undefined;
  const waiting: Array<{ conn: Connection; go: () => void }> = [];
  let closing = false;
  let drained: (() => void) | undefined;

  function acquire(conn: Connection): Promise<void> {
    if (holder === conn || holder === undefined) {
      holder = conn;
      return Promise.resolve();
    }
    return new Promise((go) => waiting.push({ conn, go }));
  }

  function release(conn: Connection): void {
    if (holder !== conn) return;
    holder = undefined;
    const next = waiting.shift();
    if (next) {
      holder = next.conn;
      next.go();
    } else if (closing) {
      drained?.();
    }
  }

  async function run(conn: Connection): Promise<void> {
    if (conn.running) return;
    conn.running = true;
    try {
      for (let job = conn.jobs.shift(); job && !conn.closed && !conn.ending; job = conn.jobs.shift()) {
        clearTimeout(conn.idleTimer);
        await acquire(conn);
        if (conn.closed) break;
        await pglite.runExclusive(() =>
          pglite.execProtocolRawStream(job, {
            // The bytes are a view of PGlite's memory, reused by the next call: copy them.
            onRawData: (data) => {
              if (!conn.closed) conn.socket.write(Buffer.from(data));
            },
          }),
        );
        if (pglite.isInTransaction()) {
          conn.idleTimer = setTimeout(() => idleTooLong(conn), idleInTransactionMs);
        } else {
          release(conn);
          if (closing) end(conn);
        }
      }
    } catch (error) {
      options.logger?.warn({ err: error }, "database relay: a client's query failed in the relay");
      conn.socket.destroy();
    } finally {
      conn.running = false;
      if (conn.closed) await rollBackAndRelease(conn);
    }
  }

  function end(conn: Connection): void {
    conn.ending = true;
    conn.jobs.length = 0;
    conn.socket.end(SHUTTING_DOWN);
  }

  function idleTooLong(conn: Connection): void {
    options.logger?.warn(
      { idleInTransactionMs },
      "database relay: a client kept a transaction open without sending anything; disconnected",
    );
    conn.socket.destroy();
  }

  async function rollBackAndRelease(conn: Connection): Promise<void> {
    if (holder !== conn || conn.running) return;
    // exec takes PGlite's own lock (the raw protocol calls above need runExclusive around them).
    if (pglite.isInTransaction()) await pglite.exec("ROLLBACK").catch(() => {});
    release(conn);
  }

  function onClose(conn: Connection): void {
    if (conn.closed) return;
    conn.closed = true;
    clearTimeout(conn.idleTimer);
    open.delete(conn);
    conn.jobs.length = 0;
    // A connection waiting for its turn stops waiting (its run sees it is closed and ends).
    const queued = waiting.findIndex((w) => w.conn === conn);
    if (queued >= 0) waiting.splice(queued, 1)[0]?.go();
    void rollBackAndRelease(conn).finally(() => {
      if (closing && open.size === 0) drained?.();
    });
  }

  /** Splits what has arrived into messages and groups; false when the connection must be closed. */
  function receive(conn: Connection): boolean {
    for (;;) {
      const { buffer } = conn;
      if (!conn.started) {
        if (buffer.length < 8) return true;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (length < 8 || length > MAX_STARTUP_BYTES) return false;
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          conn.socket.write("N"); // no encryption on a local socket; the client goes on in the clear
          conn.buffer = buffer.subarray(8);
          continue;
        }
        if (code === CANCEL_REQUEST) return false; // PGlite runs one query at a time; nothing to cancel
        if (buffer.length < length) return true;
        conn.jobs.push(Buffer.from(buffer.subarray(0, length)));
        conn.buffer = buffer.subarray(length);
        conn.started = true;
        continue;
      }
      if (buffer.length < 5) return true;
      const type = String.fromCharCode(buffer[0] as number);
      const length = 1 + buffer.readInt32BE(1);
      if (length < 5) return false;
      if (buffer.length < length) return true;
      const message = Buffer.from(buffer.subarray(0, length));
      conn.buffer = buffer.subarray(length);
      if (type === "X") return false; // Terminate: the session is shared, so only this connection ends
      conn.group.push(message);
      if (GROUP_ENDS.has(type)) {
        conn.jobs.push(Buffer.concat(conn.group));
        conn.group = [];
      }
    }
  }

  const server = createServer((socket) => {
    const conn: Connection = {
      socket,
      buffer: Buffer.alloc(0),
      started: false,
      group: [],
      jobs: [],
      running: false,
      closed: false,
      ending: false,
    };
    if (closing) {
      socket.destroy();
      return;
    }
    open.add(conn);
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      if (conn.ending) return;
      conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, chunk]) : chunk;
      if (!receive(conn)) {
        socket.destroy();
        return;
      }
      void run(conn);
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => onClose(conn));
  });

  return {
    server,
    connections: () => open.size,
    async close(graceMs = 10_000) {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections with nothing to do end now; one in a transaction or a query ends when it is done.
      for (const conn of open) if (holder !== conn && !conn.running) end(conn);
      if (open.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          drained = () => {
            if (holder === undefined && [...open].every((c) => !c.running)) {
              clearTimeout(timer);
              resolve();
            }
          };
          drained();
        });
      }
      for (const conn of open) conn.socket.destroy();
      await stopped;
    },
  };
}
