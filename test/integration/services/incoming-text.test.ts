// The two doors where typed lines are parsed, the executor's `run` (the console) and the conversation's
// `handle` (Teams messages and cards, Slack lines that did not parse), take NUL and other control
// characters out before anything is parsed or stored: PostgreSQL refuses 0x00.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const NUL = "\u0000";

describe.each(testDatabaseKinds())("incoming text with control characters on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("run: a comment, a meeting place, an agenda point and an owner's name", async () => {
    const status = await h.run("Anna Fogel", `status 13 klar Klart${NUL} nu\u001b[2J`);
    expect(status.text).toContain("Sparat: aktivitet 13 är nu klar");
    expect((await h.activity(13)).statusUpdates.map((u) => u.comment)).toEqual(["Klart nu[2J"]);

    const meeting = await h.run("Anna Fogel", `möte 2027-05-02 18-20 Stads${NUL}huset`);
    expect(meeting.tone).not.toBe("error");
    expect((await db.prisma.meeting.findFirstOrThrow({ orderBy: { id: "desc" } })).place).toBe("Stadshuset");

    const point = await h.run("Tina Modin", `agenda lägg till Fika${NUL}budget`);
    expect(point.tone).not.toBe("error");
    const item = await db.prisma.agendaItem.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(item.text).toBe("Fikabudget");

    const owner = await h.run("Anna Fogel", `ansvarig 11 Tina${NUL} Modin`);
    expect(owner.tone).toBe("success");
    expect((await h.activity(11)).owners.map((o) => o.member.name)).toContain("Tina Modin");
  });

  it("handle: a Teams message with NUL in it is answered as if it were not there", async () => {
    const deps = { prisma: db.prisma, clock: h.clock, logger: pino({ level: "silent" }) };
    const door = createDoor(deps, h.executor, { admins: [] });
    const { reply } = await door.handle({
      platform: "teams",
      workspaceId: "tenant",
      channelId: "a:personal",
      conversationType: "personal",
      identity: {
        platform: "teams",
        userId: "29:anna",
        ids: [{ platform: "teams", workspaceId: "tenant", externalId: "29:anna" }],
        email: "anna.fogel@orebro.se",
        name: "Anna Fogel",
      },
      input: { type: "text", text: `status 5 pågår Börjat${NUL}\r\nidag` },
      idempotencyKey: "teams:nul:1",
    });
    expect(renderText(reply)).toContain("aktivitet 5 pågår nu");
    expect((await h.activity(5)).statusUpdates.map((u) => u.comment)).toContain("Börjat idag");
  });
});
