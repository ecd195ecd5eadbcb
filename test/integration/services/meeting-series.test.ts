// Recurring meetings through the door: one meeting per date at the same local time on both sides of the
// spring DST shift, warnings for holidays, dates already taken skipped, one occurrence moved or cancelled
// like any meeting, agendas posted per occurrence, and `årshjul` listing the year.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wallClockAt } from "../../../src/core/zoned-time.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createScheduler } from "../../../src/scheduler/index.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { recordingNotifier } from "../scheduler/scheduler-support.ts";

describe.each(testDatabaseKinds())("meeting series on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const series = () =>
    db.prisma.meeting.findMany({
      where: { groupId: h.group.id, place: "Stadsbiblioteket", cancelledAt: null },
      orderBy: { startsAt: "asc" },
    });

  it("plans every Thursday at 18:00 Stockholm time until the end date, with holiday warnings", async () => {
    // A meeting already on one of the Thursdays, at the same time: that date is skipped, not doubled.
    await h.run("Anna Fogel", "möte 2027-01-14 kl 18 på Rådhuset");
    const reply = await h.run(
      "Anna Fogel",
      "möte varje torsdag kl 18-20 på Stadsbiblioteket till 2027-04-08",
    );
    expect(reply.tone).toBe("success");
    const rows = await series();
    // 26 Nov 2026 … 8 Apr 2027 is 20 Thursdays, one of them taken.
    expect(rows).toHaveLength(19);
    expect(reply.text).toContain(
      "Mötesserien är inlagd: varje torsdag kl. 18:00–20:00, Stadsbiblioteket. 19 möten, från 26 nov 2026 till 8 apr 2027.",
    );
    expect(reply.text).toContain("24 dec 2026 (julafton)");
    expect(reply.text).toContain("31 dec 2026 (nyårsafton)");
    expect(reply.text).toContain("Redan inlagda möten på samma tid hoppades över: 14 jan 2027.");
    // Every one at 18:00 local, on both sides of 28 March 2027 (CET → CEST).
    for (const m of rows) {
      expect(wallClockAt(m.startsAt, "Europe/Stockholm").time).toBe("18:00");
      expect(wallClockAt(m.endsAt as Date, "Europe/Stockholm").time).toBe("20:00");
    }
    const march25 = rows.find((m) => m.startsAt.toISOString().startsWith("2027-03-25"));
    const april1 = rows.find((m) => m.startsAt.toISOString().startsWith("2027-04-01"));
    expect(march25?.startsAt.toISOString()).toBe("2027-03-25T17:00:00.000Z");
    expect(april1?.startsAt.toISOString()).toBe("2027-04-01T16:00:00.000Z");
  });

  it("lets one occurrence be cancelled or moved like any meeting, the rest unchanged", async () => {
    const before = await series();
    expect((await h.run("Anna Fogel", "möte ta bort 24 dec")).tone).toBe("success");
    const moved = await h.run("Anna Fogel", "möte flytta 31 dec till 2027-01-05");
    expect(moved.tone).toBe("success");
    const after = await series();
    expect(after).toHaveLength(before.length - 1);
    expect(after.map((m) => m.startsAt.toISOString().slice(0, 10))).toContain("2027-01-05");
    expect(after.map((m) => m.startsAt.toISOString().slice(0, 10))).not.toContain("2026-12-24");
  });

  it("posts each occurrence's agenda on its own day", async () => {
    const rec = recordingNotifier();
    const silent = pino({ level: "silent" });
    const scheduler = createScheduler({
      deps: { prisma: db.prisma, clock: h.clock, logger: silent },
      notifiers: [rec.notifier],
      logger: silent,
    });
    await db.prisma.channelBinding.upsert({
      where: { platform_workspaceId_channelId: { platform: "slack", workspaceId: "T1", channelId: "C1" } },
      create: { platform: "slack", workspaceId: "T1", channelId: "C1", groupId: h.group.id },
      update: {},
    });
    // Thursday 4 March 2027: three days before is Monday 1 March, at 09:00 CET.
    const first = await scheduler.sweep(new Date("2027-03-01T08:00:00Z"));
    expect(first.byKind.agenda).toBe(1);
    const agendas = await db.prisma.outboxMessage.findMany({ where: { kind: "agenda" } });
    const meeting = await db.prisma.meeting.findUniqueOrThrow({ where: { id: agendas[0]?.meetingId ?? 0 } });
    expect(meeting.startsAt.toISOString()).toBe("2027-03-04T17:00:00.000Z");
    // The next Thursday's comes a week later, not before.
    expect((await scheduler.sweep(new Date("2027-03-05T08:00:00Z"))).byKind.agenda).toBeUndefined();
    expect((await scheduler.sweep(new Date("2027-03-08T08:00:00Z"))).byKind.agenda).toBe(1);
  });

  it("lists the year's meetings month by month in `årshjul`", async () => {
    const wheel = await h.run("Tina Modin", "årshjul 2027");
    expect(wheel.text).toContain("Årshjul 2027");
    expect(wheel.text).toMatch(/Januari \(\d+\)/);
    expect(wheel.text).toContain("Stadsbiblioteket");
    expect(wheel.text).toContain("Rådhuset");
    const empty = await h.run("Tina Modin", "årshjul 2031");
    expect(empty.text).toContain("Inga möten är inlagda för 2031.");
  });

  it("refuses a medlem and a series that ends in the past, and plans nothing then", async () => {
    const count = await db.prisma.meeting.count();
    expect((await h.run("Tina Modin", "möte varje fredag kl 10")).tone).toBe("error");
    expect((await h.run("Anna Fogel", "möte varje fredag kl 10 till 2026-01-01")).tone).toBe("error");
    expect(await db.prisma.meeting.count()).toBe(count);
  });
});
