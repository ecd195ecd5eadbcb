// The demo as a newcomer first sees it: the Örebro plan's activities and words, with deadlines,
// statuses, history and meetings placed around the day it is loaded (a fixed clock here).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoWeekday } from "../../../src/core/calendar.ts";
import { holidayName } from "../../../src/core/reminders/working-days.ts";
import { dateColumnToLocalDate, localDateAt } from "../../../src/core/zoned-time.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { demoCalendar, loadDemo, readDemo } from "../../../src/services/demo.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("the demo on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof commandHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    h = await commandHarness(db, "2026-11-23T09:00:00Z"); // a Monday
  });
  afterAll(async () => {
    await db?.close();
  });

  it("keeps the plan's numbering and words: activity 13 is the register, not begun, Anna Fogel's", async () => {
    const a13 = await h.activity(13);
    expect(a13.title).toMatch(/^Se över föreningsregistret i syfte att öka nyttan/);
    expect(a13.status).toBe("ej_paborjad");
    expect(a13.owners.map((o) => o.member.name)).toEqual(["Anna Fogel"]);
  });

  it("shows some activities done, some due soon and a few overdue, not all of them", async () => {
    const all = await h.run("Anna Fogel", "lista");
    expect(all.text).toContain("14 aktiviteter, varav 3 försenade.");
    const overdue = await h.run("Anna Fogel", "lista försenade");
    const numbers = [...overdue.text.matchAll(/^ {2}\S+ (\d+)\./gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([4, 6, 11]); // two past their deadline, one reported försenad
    expect((await h.run("Anna Fogel", "lista klara")).text).toMatch(/1\. .*\n.*5\. .*\n.*12\. /);
    const report = await h.run("Anna Fogel", "rapport");
    expect(report.text).toMatch(
      /Totalt \(14\): 6 ej påbörjade, 3 pågående, 3 klara, 1 försenad, 1 pausad — 21 % klara, 3 försenade/,
    );
    expect(report.text).toMatch(/Klara de senaste 30 dagarna \(2\)/);
  });

  it("has the next meeting in about two weeks, with its agenda, and the last one behind", async () => {
    const agenda = await h.run("Anna Fogel", "agenda");
    expect(agenda.text).toContain("Dagordning: Samverkansrådet 7 dec 2026");
    expect(agenda.text).toContain("måndag 7 dec 2026 kl. 18:00–20:00, Föreningarnas hus");
    expect(agenda.text).toContain("Från Samverkansrådet 9 nov 2026");
    expect(agenda.text).toContain("hur tar vi tillvara resultatet? (Anna Fogel)");
    expect(agenda.text).toMatch(/Aktiviteter med ändrad status sedan förra mötet[\s\S]*6\. Utreda stöd/);
    expect(agenda.text).not.toContain("Inget möte är inlagt än");
  });

  it("has a little status history, in the past, by the demo's members", async () => {
    const history = await h.run("Tina Modin", "status 6");
    expect(history.text).toContain("Aktivitet 6 är försenad.");
    expect(history.text).toMatch(/2026-11-15 10:00 försenad av KG Granberg: Inventeringen/);
    expect(history.text).toMatch(/pågår av KG Granberg: Arbetsgruppen Riktlinjer för lokaler/);
    const updates = await db.prisma.statusUpdate.findMany({
      where: { activity: { plan: { groupId: h.group.id } } },
    });
    expect(updates.length).toBeGreaterThan(5);
    expect(updates.every((u) => u.createdAt < h.clock.now())).toBe(true);
  });

  it("puts deadlines and meetings on working days, either side of any load day", async () => {
    const data = await readDemo();
    for (const today of ["2026-11-23", "2027-12-24", "2027-06-25", "2028-01-01", "2027-03-28"]) {
      const calendar = demoCalendar(data, today);
      for (const a of data.activities) {
        const due = calendar.due.get(a.number);
        if (a.dueInDays === undefined || !due) continue;
        expect(isoWeekday(due) <= 5 && !holidayName(due), `${today}: ${a.number} on ${due}`).toBe(true);
        // A deadline ahead stays ahead and one behind stays behind, whatever holidays lie between.
        expect(a.dueInDays >= 0 ? due >= today : due < today, `${today}: ${a.number}`).toBe(true);
      }
      for (const m of data.meetings) {
        const day = calendar.meetings.get(m.key) as string;
        expect(isoWeekday(day) <= 5 && !holidayName(day), `${today}: meeting on ${day}`).toBe(true);
      }
      expect(calendar.period.from <= today && today <= calendar.period.to).toBe(true);
    }
  });

  it("is placed around the day it is loaded again, replacing only itself", async () => {
    const other = await db.prisma.group.create({ data: { name: "Annan grupp" } });
    await loadDemo(db.prisma, await readDemo(), new Date("2027-09-06T08:00:00Z"));
    const group = await db.prisma.group.findUniqueOrThrow({ where: { name: "Samverkansrådet Örebro" } });
    const a13 = await db.prisma.activity.findFirstOrThrow({
      where: { number: 13, plan: { groupId: group.id } },
    });
    expect(dateColumnToLocalDate(a13.dueDate as Date)).toBe("2027-09-27");
    const next = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: group.id, startsAt: { gt: new Date("2027-09-06T08:00:00Z") } },
      orderBy: { startsAt: "asc" },
    });
    expect(localDateAt(next.startsAt, "Europe/Stockholm")).toBe("2027-09-20");
    expect(await db.prisma.group.findUnique({ where: { id: other.id } })).not.toBeNull();
  });
});
