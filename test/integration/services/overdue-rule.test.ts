// "Closed" and "overdue" are one rule each (core/activity-status.ts, core/activity-rules.ts). The Prisma
// where clauses and the SQL conditions that filter by them must agree with them on every status and
// deadline, on both databases; and the views that
// filter in the database (lista försenade, the agenda, the scheduler's rows) must show the same.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isOverdue } from "../../../src/core/activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus, isClosed } from "../../../src/core/activity-status.ts";
import { fixedClock } from "../../../src/core/clock.ts";
import { localDateToDateColumn } from "../../../src/core/zoned-time.ts";
import { Prisma } from "../../../src/db/generated/client.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { loadActivityRows } from "../../../src/db/sql/activities.ts";
import { closedSql, overdueSql } from "../../../src/db/sql/activity-rules.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { openWhere, overdueWhere } from "../../../src/services/activity-where.ts";
import type { GroupRef } from "../../../src/services/actor.ts";
import type { PlanRef } from "../../../src/services/groups.ts";
import { gatherAgenda } from "../../../src/services/meetings.ts";
import { doorFor, runLine } from "../../support/run-line.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const TODAY = "2027-03-10";
const NOW = new Date("2027-03-10T09:00:00Z");
const DEADLINES = [undefined, "2026-01-01", "2027-03-09", "2027-03-10", "2027-03-11", "2028-01-01"];

describe.each(testDatabaseKinds())("the overdue rule on %s", (kind) => {
  let db: Database;
  let group: GroupRef;
  let plan: PlanRef;
  const expected = new Map<number, { status: ActivityStatus; due?: string }>();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const g = await db.prisma.group.create({ data: { name: "Regelgruppen" } });
    group = { id: g.id, name: g.name, timeZone: g.timeZone };
    const p = await db.prisma.plan.create({ data: { groupId: g.id, name: "Regelplanen" } });
    plan = { id: p.id, name: p.name };
    const member = await db.prisma.member.create({
      data: { groupId: g.id, name: "Sara Samordnare", role: "samordnare" },
    });
    let number = 0;
    for (const status of ACTIVITY_STATUSES) {
      for (const due of DEADLINES) {
        number += 1;
        expected.set(number, { status, ...(due ? { due } : {}) });
        await db.prisma.activity.create({
          data: {
            planId: p.id,
            number,
            title: `Aktivitet ${number} (${status}, ${due ?? "ingen deadline"})`,
            status,
            dueDate: due ? localDateToDateColumn(due) : null,
            owners: { create: [{ memberId: member.id }] },
          },
        });
      }
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  const overdueNumbers = () =>
    [...expected.entries()]
      .filter(([, a]) => isOverdue(a.due, a.status, TODAY))
      .map(([n]) => n)
      .sort((a, b) => a - b);

  it("selects the same activities through Prisma, through SQL and by the core rule", async () => {
    const wanted = overdueNumbers();
    expect(wanted.length).toBeGreaterThan(ACTIVITY_STATUSES.length); // försenad ones and late open ones
    const byPrisma = await db.prisma.activity.findMany({
      where: { planId: plan.id, ...overdueWhere(TODAY) },
      select: { number: true },
      orderBy: { number: "asc" },
    });
    expect(byPrisma.map((a) => a.number)).toEqual(wanted);
    const bySql = await db.prisma.$queryRaw<{ number: number }[]>(
      Prisma.sql`SELECT a.number FROM activities a WHERE a.plan_id = ${plan.id} AND ${overdueSql(TODAY)} ORDER BY a.number`,
    );
    expect(bySql.map((a) => a.number)).toEqual(wanted);
  });

  it("selects the same open and closed activities through Prisma, through SQL and by the core rule", async () => {
    const closed = [...expected.entries()].filter(([, a]) => isClosed(a.status)).map(([n]) => n);
    expect(closed.length).toBe(2 * DEADLINES.length); // klar and struken
    const bySql = await db.prisma.$queryRaw<{ number: number }[]>(
      Prisma.sql`SELECT a.number FROM activities a WHERE a.plan_id = ${plan.id} AND ${closedSql("a")} ORDER BY a.number`,
    );
    expect(bySql.map((a) => a.number)).toEqual(closed);
    const open = await db.prisma.activity.findMany({
      where: { planId: plan.id, ...openWhere() },
      select: { number: true },
      orderBy: { number: "asc" },
    });
    expect(open.map((a) => a.number)).toEqual([...expected.keys()].filter((n) => !closed.includes(n)));
  });

  it("lists an activity reported försenad under `lista försenade`, whatever its deadline", async () => {
    const executor = doorFor({
      prisma: db.prisma,
      clock: fixedClock(NOW),
      logger: pino({ level: "silent" }),
    });
    const actor = await db.prisma.member.findFirstOrThrow({ where: { groupId: group.id } });
    const reply = await runLine(executor, "lista försenade", {
      group,
      actor: { memberId: actor.id, name: actor.name, role: actor.role },
      source: "console",
      idempotencyKey: "test:lista",
    });
    const listed = [...renderText(reply).matchAll(/^ {2}\S+ (\d+)\./gm)].map((m) => Number(m[1]));
    expect(listed).toEqual(overdueNumbers());
    expect(renderText(reply)).toContain("(forsenad, ingen deadline)");
  });

  it("puts the same activities in the agenda's overdue section, and none of them under due soon", async () => {
    const agenda = await gatherAgenda(db.prisma, group, plan, NOW, TODAY);
    expect(agenda.overdue.map((a) => a.number)).toEqual(overdueNumbers());
    expect(agenda.dueBeforeNext.filter((a) => a.overdue)).toEqual([]);
  });

  it("gives the scheduler every overdue activity, even one without a deadline or far ahead", async () => {
    // Reminders look at deadlines up to `dueUntil`; the overdue ones come whatever it is.
    const rows = await loadActivityRows(db.prisma, [plan.id], { dueUntil: "2000-01-01", overdueOn: TODAY });
    const overdue = rows.filter((r) => isOverdue(r.dueDate, r.status, TODAY)).map((r) => r.number);
    expect(overdue.sort((a, b) => a - b)).toEqual(overdueNumbers());
  });
});
