// Reminders about tasks (uppdrag) on a real database (PGlite, and PostgreSQL with DATABASE_URL): given
// at a meeting with `uppdrag`, reminded like an activity's deadline, closed with `uppdrag klart`.
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { instantAt } from "../../../src/core/zoned-time.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createScheduler } from "../../../src/scheduler/index.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { recordingNotifier, schedulerHarness } from "./scheduler-support.ts";

const silent = pino({ level: "silent" });
const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("task reminders on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof schedulerHarness>>;
  let rec: ReturnType<typeof recordingNotifier>;
  let scheduler: ReturnType<typeof createScheduler>;

  const ok = async (as: string, line: string, when: string) => {
    h.clock.set(when);
    const r = await h.run(as, line);
    if (r.tone === "error") throw new Error(`${line}: ${r.text}`);
    return r;
  };
  const taskId = async (number: number) =>
    (await db.prisma.task.findFirstOrThrow({ where: { groupId: h.group.id, number } })).id;

  beforeEach(async () => {
    db = await createTestDatabase(kind);
    h = await schedulerHarness(db);
    rec = recordingNotifier();
    scheduler = createScheduler({
      deps: { prisma: db.prisma, clock: h.clock, logger: silent },
      notifiers: [rec.notifier],
      logger: silent,
    });
    // The council met on Thursday 4 March 2027; the tasks are given during the meeting.
    await db.prisma.meeting.create({
      data: {
        groupId: h.group.id,
        title: "Samverkansrådet",
        startsAt: instantAt("2027-03-04", "18:00", "Europe/Stockholm"),
      },
    });
  });
  afterEach(async () => {
    await db?.close();
  });

  it("reminds the member on working days across Easter, once each, none while tyst, none after uppdrag klart, none for a non-member", async () => {
    const during = "2027-03-04T17:30:00Z";
    // Due on Easter Monday 29 March 2027: 14 days before is Monday 15th; 3 days before is Good Friday and
    // the day itself a holiday, so both move to Thursday 25th, where one reminder goes out.
    await ok("Anna Fogel", "uppdrag Tina Modin: boka lokal till 29 mars 2027", during);
    await ok("Anna Fogel", "uppdrag Malin Sandell: bjuda in lokalstrategen till 29 mars 2027", during);
    await ok("Anna Fogel", "uppdrag Helena Astvald: skriva inbjudan till 29 mars 2027", during);
    await ok("Anna Fogel", "uppdrag Tina Modin: läsa remissen", during);
    const tina = await h.memberId("Tina Modin");
    const helena = await h.memberId("Helena Astvald");
    expect(await db.prisma.task.count({ where: { groupId: h.group.id, memberId: null } })).toBe(1);

    // Monday 15 March, 14 days before: at 09:00 CET (08:00Z), not a minute earlier.
    expect((await scheduler.sweep(at("2027-03-15T07:59:00Z"))).enqueued).toBe(0);
    expect((await scheduler.sweep(at("2027-03-15T08:00:00Z"))).byKind).toEqual({ reminder: 2 });
    expect((await scheduler.sweep(at("2027-03-15T08:05:00Z"))).enqueued).toBe(0);
    expect((await h.outbox()).map((r) => r.dedupeKey).sort((a, b) => a.localeCompare(b))).toEqual(
      [
        `task-reminder:${await taskId(1)}:2027-03-29:14|member:${tina}`,
        `task-reminder:${await taskId(3)}:2027-03-29:14|member:${helena}`,
      ].sort((a, b) => a.localeCompare(b)),
    );
    expect((await scheduler.dispatch(at("2027-03-15T08:05:00Z"))).sent).toBe(2);
    expect(rec.deliveries.map((d) => d.to).sort()).toEqual(["member:Helena Astvald", "member:Tina Modin"]);
    const toTina = rec.deliveries.find((d) => d.to === "member:Tina Modin");
    expect(toTina?.text).toContain("Påminnelse: uppdrag 1 ”boka lokal” ska vara klart 29 mars 2027.");
    expect(toTina?.text).toContain("Skriv uppdrag klart 1 när det är gjort.");
    expect(toTina?.text).toContain("tyst till <datum>");

    // Helena is done; from then on only Tina's task is reminded.
    expect((await ok("Helena Astvald", "uppdrag klart 3", "2027-03-16T10:00:00Z")).text).toContain(
      "Uppdrag 3",
    );
    for (const day of ["2027-03-22", "2027-03-23", "2027-03-24"])
      expect((await scheduler.sweep(instantAt(day, "09:00", "Europe/Stockholm"))).enqueued).toBe(0);
    const thursday = await scheduler.sweep(at("2027-03-25T08:00:00Z"));
    expect(thursday.byKind).toEqual({ reminder: 1 });
    expect((await h.outbox()).at(-1)?.dedupeKey).toBe(
      `task-reminder:${await taskId(1)}:2027-03-29:0|member:${tina}`,
    );
    expect((await scheduler.dispatch(at("2027-03-25T08:00:00Z"))).sent).toBe(1);
    // Good Friday, Easter Monday (09:00 CEST after the shift): nothing more.
    expect((await scheduler.sweep(at("2027-03-26T08:00:00Z"))).enqueued).toBe(0);
    expect((await scheduler.sweep(at("2027-03-29T07:00:00Z"))).enqueued).toBe(0);

    // A week overdue, Monday 5 April: not while Tina is quiet; once she is back, the overdue reminder.
    await ok("Tina Modin", "tyst till 2027-04-05", "2027-04-01T10:00:00Z");
    expect((await scheduler.sweep(at("2027-04-05T07:00:00Z"))).enqueued).toBe(0);
    await ok("Tina Modin", "tyst av", "2027-04-05T07:30:00Z");
    expect((await scheduler.sweep(at("2027-04-05T07:31:00Z"))).byKind).toEqual({ reminder: 1 });
    rec.deliveries.length = 0;
    await scheduler.dispatch(at("2027-04-05T07:31:00Z"));
    expect(rec.deliveries.map((d) => d.to)).toEqual(["member:Tina Modin"]);
    expect(rec.deliveries[0]?.text).toContain(
      "Påminnelse: uppdrag 1 ”boka lokal” skulle ha varit klart 29 mars 2027.",
    );

    // Closed: no more weekly reminders.
    await ok("Tina Modin", "uppdrag klart 1", "2027-04-06T10:00:00Z");
    expect((await scheduler.sweep(at("2027-04-12T07:00:00Z"))).enqueued).toBe(0);
    const sent = await h.outbox();
    expect(
      sent.every((r) => r.dedupeKey.includes(`member:${tina}`) || r.dedupeKey.includes(`member:${helena}`)),
    ).toBe(true);
  });

  it("sends none when the group's reminders are off, and follows the group's own offsets", async () => {
    await ok("Anna Fogel", "uppdrag Tina Modin: boka lokal till 2027-03-24", "2027-03-04T17:30:00Z");
    await ok("Anna Fogel", "påminnelser dagar 7", "2027-03-05T10:00:00Z");
    expect((await scheduler.sweep(at("2027-03-10T08:00:00Z"))).enqueued).toBe(0); // 14 days: no longer
    expect((await scheduler.sweep(at("2027-03-17T08:00:00Z"))).byKind).toEqual({ reminder: 1 }); // 7 days
    await ok("Anna Fogel", "påminnelser av", "2027-03-18T10:00:00Z");
    expect((await scheduler.sweep(at("2027-03-24T08:00:00Z"))).enqueued).toBe(0);
    expect((await scheduler.sweep(at("2027-03-31T07:00:00Z"))).enqueued).toBe(0);
  });

  it("reminds in English for an English group", async () => {
    await db.prisma.group.update({ where: { id: h.group.id }, data: { locale: "en" } });
    await ok("Anna Fogel", "task Tina Modin: book a room by 2027-03-24", "2027-03-04T17:30:00Z");
    await scheduler.tick(at("2027-03-24T08:00:00Z"));
    const toTina = rec.deliveries.find((d) => d.to === "member:Tina Modin");
    expect(toTina?.text).toContain("Reminder: task 1 “book a room” is due 24 Mar 2027.");
    expect(toTina?.text).toContain("Type task done 1 when it is done.");
  });
});
