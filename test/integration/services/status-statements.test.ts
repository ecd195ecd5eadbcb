// The status path is the busiest write and is benchmarked: a change that is stored costs one SQL
// statement, and only the answers that store nothing (a repeat, the same status) read more.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { PrismaClient } from "../../../src/db/generated/client.ts";
import type { Database } from "../../../src/db/open-database.ts";
import type { CommandContext } from "../../../src/services/actor.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { findGroup } from "../../../src/services/groups.ts";
import { DEMO_NOW } from "../../support/command-harness.ts";
import { doorFor, runLine } from "../../support/run-line.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("statements per status command on %s", (kind) => {
  let db: Database;
  let statements: string[] = [];
  let run: (line: string, key: string) => Promise<unknown>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
    const group = await findGroup(db.prisma);
    const anna = await db.prisma.member.findFirstOrThrow({ where: { name: "Anna Fogel" } });
    // Every operation the executor sends, raw queries included, is written down.
    const counted = db.prisma.$extends({
      query: {
        async $allOperations({ operation, model, args, query }) {
          statements.push(model ? `${model}.${operation}` : operation);
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    const executor = doorFor({
      prisma: counted,
      clock: fixedClock(DEMO_NOW),
      logger: pino({ level: "silent" }),
    });
    run = (line, key) => {
      const ctx: CommandContext = {
        group,
        actor: { memberId: anna.id, name: anna.name, role: anna.role },
        source: "console",
        idempotencyKey: key,
      };
      return runLine(executor, line, ctx);
    };
    await run("status 1 pågår", "warm-up"); // the active plan is looked up once, then remembered
  });
  afterAll(async () => {
    await db?.close();
  });

  const count = async (line: string, key: string) => {
    statements = [];
    await run(line, key);
    return statements;
  };

  it("a stored change, with or without a comment, is one statement", async () => {
    expect(await count("status 2 klar Klart", "s:1")).toEqual(["$queryRaw"]);
    expect(await count("status 2 klar Och en kommentar till", "s:2")).toEqual(["$queryRaw"]);
    expect(await count("status 2 pågår", "s:3")).toEqual(["$queryRaw"]);
  });

  it("a repeat is one statement and a read of the card; the same status adds a look-up of the key", async () => {
    expect(await count("status 2 pågår", "s:3")).toEqual(["$queryRaw", "$queryRaw"]);
    expect(await count("status 2 pågår", "s:4")).toEqual(["$queryRaw", "StatusUpdate.findUnique"]);
  });
});
