// A working group's meeting (`möte … för <arbetsgrupp>`) beside the council's, on a real database
// (PGlite, and PostgreSQL with DATABASE_URL): listed and reminded on its day, but no council agenda, no
// council points and no follow-up; the council's next meeting keeps all of them.
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { createScheduler } from "../../../src/scheduler/index.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { recordingNotifier, schedulerHarness } from "./scheduler-support.ts";

const silent = pino({ level: "silent" });
const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("working-group meetings on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof schedulerHarness>>;
  let rec: ReturnType<typeof recordingNotifier>;
  let scheduler: ReturnType<typeof createScheduler>;

  const ok = async (as: string, line: string) => {
    const r = await h.run(as, line);
    if (r.tone === "error") throw new Error(`${line}: ${r.text}`);
    return r;
  };

  beforeEach(async () => {
    db = await createTestDatabase(kind);
    h = await schedulerHarness(db);
    rec = recordingNotifier();
    scheduler = createScheduler({
      deps: { prisma: db.prisma, clock: h.clock, logger: silent },
      notifiers: [rec.notifier],
      logger: silent,
    });
  });
  afterEach(async () => {
    await db?.close();
  });

  it("gets its meeting-day reminder but no agenda, no points and no follow-up; the council's next meeting gets them", async () => {
    h.clock.set("2027-04-01T08:00:00Z");
    await ok("Anna Fogel", "arbetsgrupp ny Lokalgruppen");
    await ok("Anna Fogel", "möte 2027-04-13 kl. 18-20 på Stadshuset för Lokalgruppen"); // Tuesday
    await ok("Anna Fogel", "möte 2027-04-20 kl. 18-20 på Föreningarnas hus"); // Tuesday, the council
    const [wg, council] = await db.prisma.meeting.findMany({
      where: { groupId: h.group.id, startsAt: { gte: at("2027-04-01T00:00:00Z") } },
      orderBy: { startsAt: "asc" },
    });
    expect(wg?.workingGroupId).not.toBeNull();
    expect(council?.workingGroupId).toBeNull();

    // The point waits for the council, not for the working group's earlier meeting.
    expect((await ok("KG Granberg", "agenda lägg till Riktlinjer för lokaler")).text).toContain(
      "20 apr 2027",
    );
    const item = await db.prisma.agendaItem.findFirstOrThrow({ where: { text: "Riktlinjer för lokaler" } });
    expect(item.meetingId).toBe(council?.id);
    expect((await ok("Tina Modin", "agenda")).text).toContain("20 apr 2027");
    expect((await ok("Tina Modin", "närvaro")).text).toContain("20 apr 2027");
    // Both are listed; the working group's under its name.
    const listed = (await ok("Tina Modin", "möten")).text;
    expect(listed).toContain("Lokalgruppen");
    expect(listed).toContain("20 apr 2027");

    // Overdue, so that a follow-up after a council meeting would ask Elisabeth Rapp (owner of 12).
    await h.setDue(12, "2027-03-03"); // a Wednesday: the weekly reminders fall on Wednesdays
    // 13 April minus 3 days is a Saturday: the working group's agenda would be on Friday 9th. None.
    for (const iso of ["2027-04-08T07:00:00Z", "2027-04-09T07:00:00Z", "2027-04-12T07:00:00Z"])
      expect((await scheduler.sweep(at(iso))).enqueued).toBe(0);
    // Its day: the short reminder to the channel, under its name.
    expect((await scheduler.sweep(at("2027-04-13T07:00:00Z"))).byKind).toEqual({ "meeting-day": 1 });
    await scheduler.dispatch(at("2027-04-13T07:00:00Z"));
    expect(rec.deliveries.map((d) => d.to)).toEqual(["channel:C1"]);
    expect(rec.deliveries[0]?.text).toContain("Lokalgruppen");
    expect((await h.outbox()).map((r) => r.dedupeKey)).toEqual([
      `meeting-day:${wg?.id}|channel:${h.binding.id}`,
    ]);
    // The next working day after it: no follow-up (Wednesday 14th also brings 12's weekly reminder).
    expect((await scheduler.sweep(at("2027-04-14T07:00:00Z"))).byKind).toEqual({ reminder: 1 });
    expect((await scheduler.sweep(at("2027-04-14T12:00:00Z"))).enqueued).toBe(0);

    // The council's meeting: its agenda on Friday 16th with the point, then the follow-up on the 21st.
    const friday = await scheduler.tick(at("2027-04-16T07:00:00Z"));
    expect(friday.sweep.byKind).toEqual({ agenda: 1 });
    const agenda = rec.deliveries.at(-1);
    expect(agenda?.text).toContain("Riktlinjer för lokaler");
    expect(agenda?.text).toContain("20 apr 2027");
    expect((await scheduler.sweep(at("2027-04-20T07:00:00Z"))).byKind).toEqual({ "meeting-day": 1 });
    expect((await scheduler.sweep(at("2027-04-21T07:00:00Z"))).byKind).toEqual({
      followup: 1,
    });
  });
});
