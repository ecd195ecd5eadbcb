// PostgreSQL gone for a while (a restart, a network cut): commands are answered politely, nothing is
// half done, and the bot goes on when the server is back.
import { randomBytes } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../../src/db/open-database.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { runLine } from "../../support/run-line.ts";

/** A TCP proxy in front of PostgreSQL that can be cut and restored. */
async function proxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  async function start() {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server?.listen(port, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  }
  await start();
  return {
    url() {
      const u = new URL(target);
      u.host = `127.0.0.1:${port}`;
      return u.toString();
    },
    async cut() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server?.close(resolve));
    },
    restore: start,
    close() {
      for (const s of sockets) s.destroy();
      server?.close();
    },
  };
}

describe.runIf(process.env.DATABASE_URL)("PostgreSQL unreachable for a while", () => {
  const base = new URL(process.env.DATABASE_URL ?? "postgresql://localhost/test");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  let p: Awaited<ReturnType<typeof proxy>>;
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    p = await proxy(base);
    db = await openDatabase({ databaseUrl: p.url(), schema });
    h = await commandHarness(db);
  });

  afterAll(async () => {
    await db?.close();
    p?.close();
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it("answers that the database cannot be reached, changes nothing, and works again when it is back", async () => {
    expect((await h.run("Anna Fogel", "status 13 pågår Före avbrottet")).effect).toBe("changed");
    const anna = await h.actor("Anna Fogel");
    await p.cut();
    const ctx = { group: h.group, actor: anna, source: "console" as const, idempotencyKey: "cut:1" };
    const during = { text: renderText(await runLine(h.door, "status 13 klar Under avbrottet", ctx)) };
    expect(during.text).toContain("Jag når inte databasen just nu, så ingenting ändrades.");
    expect(during.text).not.toContain("Något gick fel");
    await p.restore();
    const after = await h.run("Anna Fogel", "status 13 klar Efter avbrottet");
    expect(after.effect).toBe("changed");
    const comments = (await h.activity(13)).statusUpdates.map((u) => u.comment);
    expect(comments).toContain("Före avbrottet");
    expect(comments).toContain("Efter avbrottet");
    expect(comments).not.toContain("Under avbrottet");
  });
});
