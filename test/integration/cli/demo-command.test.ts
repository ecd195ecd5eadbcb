// `lok demo` on real databases: it loads the demo, reloads an untouched one at once, and does not throw
// away what people did in it without a yes (asked on a terminal, --ja without one).
import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createDemoCommand } from "../../../src/demo-command.ts";
import { findGroup } from "../../../src/services/groups.ts";
import { cliContext } from "../../fixtures/plans/workbooks.ts";
import { doorFor, runLine } from "../../support/run-line.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const NOW = "2026-11-23T09:00:00Z";
const runDemo = createDemoCommand({ clock: fixedClock(NOW) });

describe.each(testDatabaseKinds())("lok demo on %s", (kind) => {
  let db: Database;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Runs `lok demo`; `answer` is typed at a terminal when given, else stdin is not a terminal. */
  async function lokDemo(args: string[], answer?: string) {
    const c = cliContext(db);
    if (answer !== undefined) {
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      c.ctx.stdin = stdin;
      // Typed once the question is out.
      const typing = setInterval(() => {
        if (c.stdout().includes("Skriv ja")) {
          stdin.write(`${answer}\n`);
          clearInterval(typing);
        }
      }, 5);
    }
    const code = await runDemo(args, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  const demoUpdates = async () =>
    db.prisma.statusUpdate.count({
      where: { activity: { plan: { group: { name: "Samverkansrådet Örebro" } } } },
    });

  it("loads the demo, and reloads an untouched one without asking", async () => {
    const first = await lokDemo([]);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toContain(
      "Demodatan är inläst: Samverkansrådet Örebro, Handlingsplan 2017–2018 med 14 aktiviteter.",
    );
    expect(first.out).toContain("Datumen är demons egna");
    const again = await lokDemo([]);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain("Skriv ja");
  });

  it("does not reload a used demo group without a terminal or --ja, and says what would be lost", async () => {
    const group = await findGroup(db.prisma, "Samverkansrådet Örebro");
    const anna = await db.prisma.member.findFirstOrThrow({
      where: { groupId: group.id, name: "Anna Fogel" },
    });
    const executor = doorFor({
      prisma: db.prisma,
      clock: fixedClock("2026-11-24T09:00:00Z"),
      logger: pino({ level: "silent" }),
    });
    const ctx = (key: string) => ({
      group,
      actor: { memberId: anna.id, name: anna.name, role: anna.role },
      source: "console" as const,
      idempotencyKey: key,
    });
    await runLine(executor, "status 13 klar Klart efter föreningsträffen", ctx("t:1"));
    await runLine(executor, "status 7 pågår", ctx("t:2"));
    await runLine(executor, "möte 2027-05-02 kl. 18-20 på Föreningarnas hus", ctx("t:3"));
    const before = await demoUpdates();

    const refused = await lokDemo([]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("Samverkansrådet Örebro har använts sedan demon lästes in.");
    expect(refused.err).toContain(
      "2 statusuppdateringar, 2 ändrade aktiviteter (deadlines, status eller ansvariga) och 1 inlagt möte",
    );
    expect(refused.err).toContain("Kör npx lok demo --ja för att läsa om den ändå.");
    expect(refused.err.trim().split("\n")).toHaveLength(1);
    expect(await demoUpdates()).toBe(before);

    const declined = await lokDemo([], "nej");
    expect(declined.code).toBe(1);
    expect(declined.out).toContain("Skriv ja för att läsa om demon");
    expect(declined.out).toContain("Demon lästes inte om; ingenting ändrades.");
    expect(await demoUpdates()).toBe(before);
  });

  it("reloads a used demo group when a person answers ja, or with --ja", async () => {
    const yes = await lokDemo([], "ja");
    expect(yes.code).toBe(0);
    expect(yes.out).toContain("Demodatan är inläst");
    const a13 = await db.prisma.activity.findFirstOrThrow({
      where: { number: 13, plan: { group: { name: "Samverkansrådet Örebro" } } },
    });
    expect(a13.status).toBe("ej_paborjad");

    const group = await findGroup(db.prisma, "Samverkansrådet Örebro");
    await db.prisma.channelBinding.create({
      data: { platform: "slack", channelId: "C1", groupId: group.id },
    });
    expect((await lokDemo([])).err).toContain("1 koppling till en Slack- eller Teams-kanal");
    expect((await lokDemo(["--ja"])).code).toBe(0);
    expect(await db.prisma.channelBinding.count()).toBe(0);
  });

  it("answers an unknown flag with the usage and exit code 2", async () => {
    const wrong = await lokDemo(["--force"]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("Användning: lok demo [--ja]");
  });
});
