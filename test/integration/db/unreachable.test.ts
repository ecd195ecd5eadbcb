// A PostgreSQL that ends the bot's connections (a restart, an administrator) is "unreachable", told
// to the person as "try again in a moment", whatever shape the error takes on its way through Prisma.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { isDatabaseUnreachable } from "../../../src/db/unreachable.ts";
import { createTestDatabase } from "../../support/test-database.ts";

describe.skipIf(!process.env.DATABASE_URL)("connections ended by PostgreSQL", () => {
  let db: Database;
  let admin: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase("postgresql");
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await db?.close();
  });

  /** Runs `query` while an administrator terminates the backend it runs on (57P01). */
  async function terminatedDuring(query: () => Promise<unknown>): Promise<unknown> {
    const pending = query().then(
      () => undefined,
      (error: unknown) => error,
    );
    for (let i = 0; i < 50; i++) {
      const { rows } = await admin.query(
        "SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid() AND state = 'active'",
      );
      if (rows.length > 0) {
        for (const { pid } of rows) await admin.query("SELECT pg_terminate_backend($1)", [pid]);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return pending;
  }

  it("a raw query whose connection is terminated", async () => {
    const error = await terminatedDuring(() => db.prisma.$queryRaw`SELECT pg_sleep(5)`);
    expect(error).toBeDefined();
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it("a model query whose connection is terminated (Prisma's P2039 with PostgreSQL's 57P01 in meta)", async () => {
    const error = await terminatedDuring(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_sleep(5)`;
        return tx.member.findFirst();
      }),
    );
    expect(error).toBeDefined();
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it("an ordinary failed query is not unreachable", async () => {
    const error = await db.prisma.$queryRaw`SELECT 1/0`.catch((e: unknown) => e);
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
