// The relay that serves one PGlite to several node-postgres clients: whole message groups, one
// transaction at a time, and nothing left open by a client that goes away.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { serialize } from "pg-protocol";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPGliteRelay, type PGliteRelay } from "../../../src/db/pglite-relay.ts";

describe("the PGlite relay", () => {
  let dir: string;
  let pglite: PGlite;
  let relay: PGliteRelay;
  const clients: pg.Client[] = [];

  async function start(idleInTransactionMs?: number) {
    relay = createPGliteRelay({ pglite, ...(idleInTransactionMs ? { idleInTransactionMs } : {}) });
    await new Promise<void>((resolve) => relay.server.listen(join(dir, ".s.PGSQL.5432"), resolve));
  }

  async function client(): Promise<pg.Client> {
    const c = new pg.Client({ host: dir, port: 5432, user: "postgres", database: "postgres" });
    c.on("error", () => {});
    await c.connect();
    clients.push(c);
    return c;
  }

  beforeAll(async () => {
    pglite = new PGlite();
    await pglite.waitReady;
  });

  afterAll(() => pglite.close());

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lok-relay-"));
    await pglite.exec("DROP TABLE IF EXISTS t; CREATE TABLE t (id serial PRIMARY KEY, who text NOT NULL)");
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => {})));
    await relay.close(100);
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps a client's Parse and Bind together when another client's query arrives in between", async () => {
    await start();
    const a = await client();
    const b = await client();
    // A's group arrives in two reads, as a large statement does; B's whole query lands between them.
    const socket = (a as unknown as { connection: { stream: import("node:net").Socket } }).connection.stream;
    const received: Buffer[] = [];
    socket.removeAllListeners("data");
    socket.on("data", (d: Buffer) => received.push(d));
    socket.write(serialize.parse({ text: "SELECT 'from A' AS who" }));
    await new Promise((r) => setTimeout(r, 50));
    const fromB = b.query("SELECT $1::text AS who", ["from B"]);
    await new Promise((r) => setTimeout(r, 50));
    socket.write(
      Buffer.concat([
        serialize.bind({}),
        serialize.describe({ type: "P" }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    expect((await fromB).rows).toEqual([{ who: "from B" }]);
    await expect.poll(() => Buffer.concat(received).includes("Z")).toBe(true);
    const answer = Buffer.concat(received).toString("latin1");
    expect(answer).toContain("from A");
    expect(answer).not.toContain("ERROR");
  });

  it("runs many clients' queries at once without mixing their answers", async () => {
    await start();
    const all = await Promise.all([1, 2, 3, 4].map(() => client()));
    const wrong: string[] = [];
    await Promise.all(
      all.map(async (c, k) => {
        for (let i = 0; i < 100; i++) {
          const { rows } = await c.query("SELECT $1::text || '/' || $2::int AS v", [`c${k}`, i]);
          if (rows[0].v !== `c${k}/${i}`) wrong.push(rows[0].v);
        }
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("lets one transaction finish before another client's statements run", async () => {
    await start();
    const a = await client();
    const b = await client();
    await a.query("BEGIN");
    await a.query("INSERT INTO t (who) VALUES ('a')");
    let bDone = false;
    const bInsert = b.query("INSERT INTO t (who) VALUES ('b')").then(() => {
      bDone = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    // B waits while A's transaction is open: otherwise its insert would land inside A's transaction.
    expect(bDone).toBe(false);
    await a.query("ROLLBACK");
    await bInsert;
    const { rows } = await a.query("SELECT who FROM t ORDER BY id");
    expect(rows).toEqual([{ who: "b" }]);
  });

  it("rolls back the transaction of a client that disconnects in the middle of it", async () => {
    await start();
    const a = await client();
    const b = await client();
    await a.query("BEGIN");
    await a.query("INSERT INTO t (who) VALUES ('half done')");
    (a as unknown as { connection: { stream: import("node:net").Socket } }).connection.stream.destroy();
    const { rows } = await b.query("SELECT count(*)::int AS n FROM t");
    expect(rows).toEqual([{ n: 0 }]);
    expect(pglite.isInTransaction()).toBe(false);
  });

  it("disconnects a client that keeps a transaction open and idle, so others can go on", async () => {
    await start(200);
    const a = await client();
    const b = await client();
    await a.query("BEGIN");
    await a.query("INSERT INTO t (who) VALUES ('forgotten')");
    const started = Date.now();
    const { rows } = await b.query("SELECT count(*)::int AS n FROM t");
    expect(rows).toEqual([{ n: 0 }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await expect(a.query("COMMIT")).rejects.toThrow();
  });

  it("on close, lets a transaction in progress commit, runs nothing that arrives later, and ends every client", async () => {
    await start();
    const a = await client();
    const b = await client();
    await a.query("BEGIN");
    await a.query("INSERT INTO t (who) VALUES ('a')");
    const closing = relay.close(5_000);
    await a.query("COMMIT");
    await closing;
    await expect(b.query("INSERT INTO t (who) VALUES ('late')")).rejects.toThrow();
    expect((await pglite.query("SELECT who FROM t")).rows).toEqual([{ who: "a" }]);
    expect(relay.connections()).toBe(0);
  });
});
