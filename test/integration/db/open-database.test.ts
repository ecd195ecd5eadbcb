// The migrated schema works through Prisma Client on PGlite and on PostgreSQL.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../../src/db/generated/client.ts";
import { type Database, openDatabase } from "../../../src/db/open-database.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("openDatabase on %s", (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("stores a group, its plan, an activity and status updates, with Json, enums and dates", async () => {
    const { prisma } = db;
    const group = await prisma.group.create({
      data: {
        name: "Samverkansrådet",
        locale: "en",
        settings: { reminders: { daysBefore: [7, 1] }, note: "åäö" },
      },
    });
    expect(group.settings).toEqual({ reminders: { daysBefore: [7, 1] }, note: "åäö" });
    expect(group.locale).toBe("en");
    expect(group.timeZone).toBe("Europe/Stockholm");

    const plan = await prisma.plan.create({
      data: {
        groupId: group.id,
        name: "Handlingsplan 2017–2018",
        periodFrom: new Date("2017-01-01"),
        periodTo: new Date("2018-12-31"),
      },
    });
    expect(plan.periodTo?.toISOString()).toBe("2018-12-31T00:00:00.000Z");

    const activity = await prisma.activity.create({
      data: {
        planId: plan.id,
        number: 13,
        title: "Dialogmöten",
        party: "stad",
        dueDate: new Date("2018-06-30"),
        status: "pagar",
      },
    });
    expect(activity.dueDate?.toISOString()).toBe("2018-06-30T00:00:00.000Z");
    expect(activity.updatedAt).toBeInstanceOf(Date);

    const update = {
      activityId: activity.id,
      status: "klar" as const,
      source: "slack" as const,
      idempotencyKey: "slack:T1:42",
    };
    const stored = await prisma.statusUpdate.create({ data: update });
    expect(Math.abs(stored.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

    const duplicate = prisma.statusUpdate.create({ data: update });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    expect(await prisma.statusUpdate.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("commits and rolls back interactive transactions", async () => {
    const { prisma } = db;
    await prisma.$transaction(async (tx) => {
      const g = await tx.group.create({ data: { name: "Kommitterad" } });
      await tx.meeting.create({
        data: { groupId: g.id, title: "Möte", startsAt: new Date("2024-03-05T13:00:00Z") },
      });
    });
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { group: { name: "Kommitterad" } } });
    expect(meeting.startsAt.toISOString()).toBe("2024-03-05T13:00:00.000Z");

    const failing = prisma.$transaction(async (tx) => {
      await tx.group.create({ data: { name: "Ångrad" } });
      await tx.group.create({ data: { name: "Ångrad" } });
    });
    await expect(failing).rejects.toMatchObject({ code: "P2002" });
    expect(await prisma.group.findUnique({ where: { name: "Ångrad" } })).toBeNull();

    const [groups, outbox] = await prisma.$transaction([prisma.group.count(), prisma.outboxMessage.count()]);
    expect(groups).toBeGreaterThan(0);
    expect(outbox).toBe(0);
  });

  it("lets a process exit promptly after close()", async () => {
    const repo = fileURLToPath(new URL("../../..", import.meta.url));
    const support = new URL("../../support/test-database.ts", import.meta.url).href;
    const script = `const { createTestDatabase } = await import(${JSON.stringify(support)});
      const db = await createTestDatabase(${JSON.stringify(kind)});
      await db.prisma.group.count();
      await db.close();
      const closedAt = performance.now();
      process.on("exit", () => console.log(Math.round(performance.now() - closedAt)));`;
    const run = promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      cwd: repo,
      timeout: 45_000,
    });
    const lingered = Number((await run).stdout.trim());
    expect(lingered).toBeLessThan(3_000);
  });

  it.runIf(kind === "postgresql")(
    "prepares each query once per connection and reuses it on the next call",
    async () => {
      const prepared = () =>
        db.prisma.$queryRaw<{ name: string; statement: string }[]>`
          SELECT name, statement FROM pg_prepared_statements
          WHERE statement LIKE '%"members"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
      // One call at a time: the pool hands the same connection back.
      await db.prisma.member.findMany({ where: { name: "Ingen" } });
      await db.prisma.member.findMany({ where: { name: "Ingen alls" } });
      const rows = await prepared();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.name).toMatch(/^lok_[0-9a-f]{32}$/);
    },
  );

  it.runIf(kind === "postgresql")("keeps its tables in its own schema", async () => {
    const [row] = await db.prisma.$queryRaw<{ schema: string }[]>`SELECT current_schema() AS schema`;
    expect(row?.schema).toMatch(/^test_/);
    expect(db.description).toContain(`schema ${row?.schema}`);
    const tables = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'groups'`;
    expect(tables[0]?.n).toBe(1n);
  });
});

describe.runIf(process.env.DATABASE_URL)("openDatabase with ?schema= in the URL", () => {
  it("uses that schema", async () => {
    const url = new URL(process.env.DATABASE_URL ?? "");
    const schema = `test_url_${process.pid}`;
    url.searchParams.set("schema", schema);
    const db = await openDatabase({ databaseUrl: url.href });
    try {
      const [row] = await db.prisma.$queryRaw<{ schema: string }[]>`SELECT current_schema() AS schema`;
      expect(row?.schema).toBe(schema);
      expect(await db.prisma.group.count()).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP SCHEMA "${schema}" CASCADE`);
      await db.close();
    }
  });
});

describe("openDatabase with a PGlite data directory", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), "lok-boten-open-")), "nested", "data");
  });
  afterAll(async () => {
    await rm(join(dataDir, "..", ".."), { recursive: true, force: true });
  });

  it("creates the directory, migrates once and keeps the data across close and reopen", async () => {
    const messages: string[] = [];
    const logger = {
      info: (m: string) => messages.push(m),
      warn: (m: string) => messages.push(`warn: ${m}`),
    };

    const first = await openDatabase({ dataDir, logger });
    expect(first.kind).toBe("pglite");
    expect(first.description).toBe(`PGlite i ${dataDir}`);
    expect(messages.some((m) => m.startsWith("applied migration"))).toBe(true);
    await first.prisma.group.create({ data: { name: "Beständig" } });
    await first.close();
    await first.close(); // closing twice is harmless

    messages.length = 0;
    const second = await openDatabase({ dataDir, logger });
    try {
      expect(messages).toEqual([]);
      expect(await second.prisma.group.findUnique({ where: { name: "Beständig" } })).not.toBeNull();
    } finally {
      await second.close();
    }
  });

  it("refuses to guess where the data should go", async () => {
    await expect(openDatabase({})).rejects.toThrow(/databaseUrl, a dataDir or inMemory/);
    await expect(openDatabase({ databaseUrl: "mysql://localhost/x" })).rejects.toThrow(/postgresql:\/\//);
  });
});
