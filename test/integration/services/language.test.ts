// `språk en|sv`: a coordinator switches the group's language; every answer, card and reminder follows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlineReminderReply } from "../../../src/core/replies/reminder-replies.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { renderMessage } from "../../../src/platforms/slack/render-blocks.ts";
import { renderCards } from "../../../src/platforms/teams/render-card.ts";
import { textsFor } from "../../../src/texts/index.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("the group's language on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const locale = async () => (await db.prisma.group.findUniqueOrThrow({ where: { id: h.group.id } })).locale;

  it("refuses a member politely and changes nothing", async () => {
    const reply = await h.run("Tina Modin", "språk en");
    expect(reply.tone).toBe("error");
    expect(reply.text).toContain("Bara samordnare och administratörer kan byta gruppens språk.");
    expect(await locale()).toBe("sv");
  });

  it("switches to English for a coordinator, answering in English", async () => {
    const reply = await h.run("Anna Fogel", "språk en");
    expect(reply.effect).toBe("changed");
    expect(reply.text).toBe("I now speak English in this group.");
    expect(await locale()).toBe("en");
    const again = await h.run("Anna Fogel", "language english");
    expect(again.effect).toBe("unchanged");
    expect(again.text).toBe("I already speak English in this group.");
  });

  it("answers Swedish and English commands in English, with English card labels", async () => {
    const status = await h.run("Tina Modin", "status 13 pågår Vi har börjat");
    expect(status.text).toContain("Saved: activity 13 is now in progress (was not started).");
    expect(status.text).toContain("Responsible person:");
    const done = await h.run("Tina Modin", "status 13 done");
    expect(done.text).toContain("Saved: activity 13 is now done (was in progress).");
    const list = await h.run("Tina Modin", "list overdue");
    expect(list.text).toContain("Delayed activities");
    const help = await h.run("Tina Modin", "hjälp");
    expect(help.text).toContain("What I can do");
    expect(help.text).toContain("status <no> <status> [comment]");
    const unknown = await h.run("Tina Modin", "väder");
    expect(unknown.text).toContain("I do not know “väder”.");

    const slack = renderMessage(status);
    const buttons = JSON.stringify(slack.blocks);
    expect(buttons).toContain('"Done"');
    expect(buttons).toContain('"Comment…"');
    expect(buttons).toContain("*Responsible person*");
    expect(buttons).not.toContain("Kommentera");
    const cards = JSON.stringify(renderCards(status, { cardId: "c1" }));
    expect(cards).toContain("Comment (optional)");
    expect(cards).toContain("Responsible person: ");
    expect(cards).not.toContain("Kommentar");
  });

  it("writes a reminder in the group's language", () => {
    const activity = {
      id: 1,
      number: 4,
      title: "Plan",
      status: "pagar" as const,
      dueDate: "2026-11-20",
      overdue: true,
      pastDeadline: true,
      owners: [],
    };
    const en = deadlineReminderReply(textsFor("en"), activity, "2026-11-27");
    expect(JSON.stringify(en)).toContain("Reminder: activity 4 was due 20 Nov 2026 (7 days ago).");
    const sv = deadlineReminderReply(textsFor("sv"), activity, "2026-11-27");
    expect(JSON.stringify(sv)).toContain(
      "Påminnelse: aktivitet 4 skulle ha varit klar 20 nov 2026 (för 7 dagar sedan).",
    );
  });

  it("switches back with `språk sv`, in Swedish", async () => {
    const reply = await h.run("Anna Fogel", "språk sv");
    expect(reply.text).toBe("Nu pratar jag svenska i den här gruppen.");
    expect(await locale()).toBe("sv");
    expect((await h.run("Tina Modin", "hej")).text).toContain("Hej! Jag är LÖK-boten");
    expect((await h.run("Tina Modin", "tack")).text).toBe("Varsågod!");
  });
});
