// Moving and cancelling a coming meeting: by its number in `möten` or by its date, told to the
// channel, kept out of reminders and agendas, and told to subscribed calendars through the feed.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { createWebApp } from "../../../src/platforms/web/app.ts";
import { upcomingMeetings } from "../../../src/services/meetings.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("meeting changes on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const feed = async () => {
    const app = createWebApp(
      { prisma: db.prisma, clock: h.clock, logger: pino({ level: "silent" }) },
      { env: {} },
    );
    return (await app.request("/g/samverkansradet-orebro/kalender.ics")).text();
  };

  it("numbers the coming meetings in `möten`", async () => {
    const list = await h.run("Anna Fogel", "möten");
    expect(list.text).toContain("1. Samverkansrådet: måndag 7 dec 2026 kl. 18:00–20:00, Föreningarnas hus");
    expect(list.text).toContain("2. Samverkansrådet: måndag 1 feb 2027 kl. 18:00–20:00, Föreningarnas hus");
  });

  it("cancels a meeting by its date, tells the channel, and the feed says CANCELLED with a new sequence", async () => {
    expect((await h.run("Anna Fogel", "möte 8 feb 2027 kl 18 Föreningarnas hus")).tone).toBe("success");
    const before = await db.prisma.meeting.findFirstOrThrow({
      where: { startsAt: new Date("2027-02-08T17:00:00Z") },
    });
    const removed = await h.run("Anna Fogel", "möte ta bort 8 feb");
    expect(removed.tone).toBe("success");
    expect(removed.effect).toBe("changed");
    expect(removed.text).toContain("Mötet är inställt: Samverkansrådet Örebro, måndag 8 feb 2027 kl. 18:00");
    expect(removed.announcement?.text).toBe(
      "🚫 Mötet är inställt: Samverkansrådet Örebro, måndag 8 feb 2027 kl. 18:00, Föreningarnas hus.",
    );
    const after = await db.prisma.meeting.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.cancelledAt).not.toBeNull();
    expect(after.sequence).toBe(before.sequence + 1);
    expect((await upcomingMeetings(db.prisma, h.group, h.clock.now())).map((m) => m.id)).not.toContain(
      before.id,
    );
    const ics = await feed();
    const event = ics.split("BEGIN:VEVENT").find((e) => e.includes(`meeting-${before.id}@`)) ?? "";
    expect(event).toContain("STATUS:CANCELLED");
    expect(event).toContain("SEQUENCE:1");
    // Gone from the coming meetings, so a second cancellation finds nothing, politely.
    const again = await h.run("Anna Fogel", "möte ta bort 8 feb 2027");
    expect(again.tone).toBe("error");
    expect(again.text).toContain("Jag hittar inget kommande möte den 8 feb 2027.");
  });

  it("moves a meeting by its number, keeping its place and length, and tells the channel", async () => {
    // Its agenda was posted to one channel and is waiting for another; the meeting-day post is waiting.
    const [next] = await upcomingMeetings(db.prisma, h.group, h.clock.now());
    const row = (kind: string, key: string, state: "sent" | "pending") => ({
      kind,
      dedupeKey: key,
      state,
      groupId: h.group.id,
      meetingId: next?.id ?? 0,
      target: {},
      payload: {},
    });
    await db.prisma.outboxMessage.createMany({
      data: [
        row("agenda", `agenda:${next?.id}|channel:1`, "sent"),
        row("agenda", `agenda:${next?.id}|channel:2`, "pending"),
        row("meeting-day", `meeting-day:${next?.id}|channel:1`, "pending"),
      ],
    });
    const moved = await h.run("Anna Fogel", "möte flytta 1 till 10 dec kl 17");
    expect(moved.tone).toBe("success");
    expect(moved.text).toContain(
      "Mötet är flyttat: Samverkansrådet, från måndag 7 dec 2026 kl. 18:00–20:00, Föreningarnas hus till torsdag 10 dec 2026 kl. 17:00–19:00, Föreningarnas hus.",
    );
    expect(moved.announcement?.text).toMatch(/^📅 Mötet är flyttat: Samverkansrådet/);
    const [first] = await upcomingMeetings(db.prisma, h.group, h.clock.now());
    expect(first).toMatchObject({
      date: "2026-12-10",
      start: "17:00",
      end: "19:00",
      place: "Föreningarnas hus",
    });
    const moved1 = await db.prisma.meeting.findUniqueOrThrow({ where: { id: first?.id ?? 0 } });
    expect(moved1.sequence).toBe(1);
    expect(await feed()).toContain("DTSTART;TZID=Europe/Stockholm:20261210T170000");
    // What waited is dropped; what was posted is set aside, so the agenda is posted again for the new day.
    const notices = await db.prisma.outboxMessage.findMany({
      where: { meetingId: moved1.id },
      orderBy: { id: "asc" },
    });
    expect(notices.map((n) => [n.dedupeKey, n.state])).toEqual([
      [`agenda:${moved1.id}|channel:1~moved-0`, "sent"],
    ]);
    // The same move again changes nothing.
    const same = await h.run("Anna Fogel", "möte flytta 1 till 10 dec kl 17-19");
    expect(same.effect).toBe("unchanged");
    expect((await db.prisma.meeting.findUniqueOrThrow({ where: { id: moved1.id } })).sequence).toBe(1);
  });

  it("refuses politely: a number with no meeting, a date in the past, a medlem", async () => {
    const none = await h.run("Anna Fogel", "möte flytta 7 till 12 dec");
    expect(none.tone).toBe("error");
    expect(none.text).toContain("Jag hittar inget kommande möte med nummer 7.");
    expect(none.text).toContain("De kommande är: 1. torsdag 10 dec 2026");
    const past = await h.run("Anna Fogel", "möte flytta 1 till 2026-11-01");
    expect(past.tone).toBe("error");
    expect(past.text).toContain("har redan varit");
    const member = await h.run("Tina Modin", "möte ta bort 1");
    expect(member.tone).toBe("error");
    expect(member.text).toContain("Bara samordnare och administratörer kan ställa in möten.");
    const noDate = await h.run("Anna Fogel", "möte flytta 1");
    expect(noDate.tone).toBe("error");
    expect((await upcomingMeetings(db.prisma, h.group, h.clock.now())).length).toBe(2);
  });

  it("plans a meeting on a weekend, a holiday or over another meeting, with a warning that says so", async () => {
    const saturday = await h.run("Anna Fogel", "möte 2027-03-13 kl 10");
    expect(saturday.tone).toBe("success");
    expect(saturday.text).toContain("Mötet är inlagt");
    expect(saturday.text).toContain("Observera: Det är en lördag.");
    const holiday = await h.run("Anna Fogel", "möte 2027-05-06 kl 18");
    expect(holiday.text).toContain("Det är en helgdag: Kristi himmelsfärdsdag.");
    const overlap = await h.run("Anna Fogel", "möte 1 feb 2027 kl 19-21 på Stadshuset");
    expect(overlap.tone).toBe("success");
    expect(overlap.text).toContain(
      "Det krockar med ett annat möte: Samverkansrådet, måndag 1 feb 2027 kl. 18:00–20:00",
    );
    const plain = await h.run("Anna Fogel", "möte 2027-03-10 kl 18");
    expect(plain.text).not.toContain("Observera");
    // A move onto a holiday warns too.
    const moved = await h.run("Anna Fogel", "möte flytta 2027-03-10 till 2027-06-25");
    expect(moved.text).toContain("Mötet är flyttat");
    expect(moved.text).toContain("Det är en helgdag: midsommarafton.");
    const rows = await db.prisma.meeting.count({ where: { groupId: h.group.id, cancelledAt: null } });
    expect(rows).toBeGreaterThanOrEqual(5);
  });
});
