// Who comes to a meeting: the agenda's *Jag kommer* / *Jag kan inte* buttons and `närvaro ja|nej`, one
// answer per member and meeting (the latest kept), and `närvaro` listing who answered what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Action } from "../../../src/core/actions.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { consoleIncoming } from "../../../src/platforms/console/console-chat.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import type { GroupRef } from "../../../src/services/actor.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("attendance on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;
  let press: (as: string, action: Action) => Promise<{ tone: string; text: string }>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
    let n = 0;
    press = async (as, action) => {
      const incoming = consoleIncoming(h.group as GroupRef, await h.actor(as), "", `press:${++n}`);
      const { reply } = await h.door.handle({ ...incoming, input: { type: "action", action } });
      return { tone: reply.tone, text: renderText(reply) };
    };
  });
  afterAll(async () => {
    await db?.close();
  });

  const answers = () =>
    db.prisma.meetingAttendance.findMany({ include: { member: true }, orderBy: { memberId: "asc" } });

  it("puts the two buttons under the agenda, for the meeting it is for", async () => {
    const agenda = await h.run("Tina Modin", "agenda");
    const buttons = agenda.blocks.flatMap((b) => (b.type === "actions" ? b.actions : []));
    const next = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: h.group.id, startsAt: { gt: h.clock.now() }, cancelledAt: null },
      orderBy: { startsAt: "asc" },
    });
    expect(buttons.map((b) => [b.label, b.action])).toEqual([
      ["Jag kommer", { kind: "attend", meeting: next.id, answer: "yes" }],
      ["Jag kan inte", { kind: "attend", meeting: next.id, answer: "no" }],
    ]);
  });

  it("records an answer by text and by button, once, and the latest answer wins", async () => {
    const yes = await h.run("Tina Modin", "närvaro ja");
    expect(yes.tone).toBe("success");
    expect(yes.text).toContain("Tack! Du är anmäld till Samverkansrådet 7 dec 2026.");
    const again = await h.run("Tina Modin", "närvaro kommer");
    expect(again.text).toContain("Du är redan anmäld");
    const next = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: h.group.id, startsAt: { gt: h.clock.now() }, cancelledAt: null },
      orderBy: { startsAt: "asc" },
    });
    const no = await press("Elisabeth Rapp", { kind: "attend", meeting: next.id, answer: "no" });
    expect(no.text).toContain("du kan inte komma till Samverkansrådet 7 dec 2026");
    await press("KG Granberg", { kind: "attend", meeting: next.id, answer: "no" });
    await press("KG Granberg", { kind: "attend", meeting: next.id, answer: "yes" });
    expect((await answers()).map((a) => [a.member.name, a.answer])).toEqual(
      expect.arrayContaining([
        ["Tina Modin", "yes"],
        ["Elisabeth Rapp", "no"],
        ["KG Granberg", "yes"],
      ]),
    );
    expect(await answers()).toHaveLength(3);
  });

  it("shows who comes, who cannot and who has not answered", async () => {
    const shown = await h.run("Anna Fogel", "närvaro");
    expect(shown.text).toContain("Närvaro: Samverkansrådet 7 dec 2026");
    expect(shown.text).toMatch(/Kommer \(2\): (KG Granberg och Tina Modin|Tina Modin och KG Granberg)\./);
    expect(shown.text).toContain("Kan inte (1): Elisabeth Rapp.");
    expect(shown.text).toMatch(/Har inte svarat \(\d+\): .*Anna Fogel/);
  });

  it("refuses politely a cancelled or unknown meeting and an answer that is neither yes nor no", async () => {
    const before = await answers();
    const later = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: h.group.id, startsAt: { gt: h.clock.now() }, cancelledAt: null },
      orderBy: { startsAt: "desc" },
    });
    await db.prisma.meeting.update({ where: { id: later.id }, data: { cancelledAt: h.clock.now() } });
    const cancelled = await press("Tina Modin", { kind: "attend", meeting: later.id, answer: "yes" });
    expect(cancelled.tone).toBe("error");
    expect(cancelled.text).toContain("är inställt; inget ändrades");
    const unknown = await press("Tina Modin", { kind: "attend", meeting: 987654, answer: "yes" });
    expect(unknown.tone).toBe("error");
    const maybe = await h.run("Tina Modin", "närvaro kanske");
    expect(maybe.tone).toBe("error");
    expect(maybe.text).toContain("ja eller nej");
    expect(await answers()).toEqual(before);
  });

  it("fills Närvarande in the minutes from the Jag kommer answers when `närvarande` is typed alone", async () => {
    const saved = h.clock.now();
    h.clock.set("2026-12-07T17:30:00Z");
    const present = await h.run("Anna Fogel", "närvarande");
    expect(present.tone).toBe("success");
    const next = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: h.group.id, startsAt: new Date("2026-12-07T17:00:00Z") },
    });
    const rows = await db.prisma.meetingAttendee.findMany({ where: { meetingId: next.id, kind: "present" } });
    expect(rows.map((r) => r.name).sort()).toEqual(["KG Granberg", "Tina Modin"]);
    // Elisabeth said she could not come: she is not listed.
    expect(rows.map((r) => r.name)).not.toContain("Elisabeth Rapp");
    h.clock.set(saved.toISOString());
  });
});
