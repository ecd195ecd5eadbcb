// The activity statements of src/db/sql/activities.ts and status-updates.ts, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDateToDateColumn } from "../../../../src/core/zoned-time.ts";
import type { Database } from "../../../../src/db/open-database.ts";
import {
  dueDateForUpdate,
  insertActivities,
  insertOwners,
  loadActivityRows,
  type NewActivityRow,
  readCard,
  renumberActivities,
} from "../../../../src/db/sql/activities.ts";
import { insertImportUpdates, writeStatus } from "../../../../src/db/sql/status-updates.ts";
import { createTestDatabase, testDatabaseKinds } from "../../../support/test-database.ts";

const NOW = new Date("2027-03-10T09:00:00Z");

const newRow = (number: number, fields: Partial<NewActivityRow> = {}): NewActivityRow => ({
  number,
  title: `Aktivitet ${number}`,
  principleId: null,
  party: "gemensamt",
  commitment: null,
  responsibleOrg: null,
  commissioner: null,
  partners: null,
  followUp: null,
  dueDate: null,
  status: "ej_paborjad",
  statusChangedAt: null,
  ...fields,
});

describe.each(testDatabaseKinds())("activity statements on %s", (kind) => {
  let db: Database;
  let planId: number;
  let anna: number;
  let kg: number;
  const idOf = async (number: number) =>
    (await db.prisma.activity.findUniqueOrThrow({ where: { planId_number: { planId, number } } })).id;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const g = await db.prisma.group.create({ data: { name: "Satsgruppen" } });
    planId = (await db.prisma.plan.create({ data: { groupId: g.id, name: "Satsplanen" } })).id;
    anna = (await db.prisma.member.create({ data: { groupId: g.id, name: "Anna Fogel" } })).id;
    kg = (await db.prisma.member.create({ data: { groupId: g.id, name: "KG Granberg" } })).id;
    await insertActivities(
      db.prisma,
      planId,
      [
        newRow(1, { dueDate: "2027-03-20" }),
        newRow(2, { dueDate: "2027-05-01" }),
        newRow(3, { dueDate: "2027-03-01", status: "klar" }),
        newRow(4, { status: "forsenad" }),
        newRow(5, { status: "pagar", statusChangedAt: new Date("2027-03-05T10:00:00Z") }),
      ],
      NOW,
    );
    // KG first, then Anna a second later: the owners keep that order, whatever their ids.
    await insertOwners(db.prisma, [{ activityId: await idOf(1), memberId: kg }], NOW);
    await insertOwners(
      db.prisma,
      [{ activityId: await idOf(1), memberId: anna }],
      new Date(NOW.getTime() + 1000),
    );
    await insertOwners(db.prisma, [{ activityId: await idOf(1), memberId: anna }], NOW); // twice: kept once
  });
  afterAll(async () => {
    await db?.close();
  });

  it("reads open ones due by a day, every overdue one and the recently changed, with owners in the order added", async () => {
    const rows = await loadActivityRows(db.prisma, [planId], {
      dueUntil: "2027-03-31",
      overdueOn: "2027-03-10",
      changedAfter: new Date("2027-03-01T00:00:00Z"),
    });
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    expect([...byNumber.keys()].sort()).toEqual([1, 4, 5]); // 2 is due later, 3 is klar
    expect(byNumber.get(1)).toMatchObject({ dueDate: "2027-03-20", owners: ["KG Granberg", "Anna Fogel"] });
    expect(byNumber.get(1)?.ownerIds).toEqual([kg, anna]);
    expect(byNumber.get(5)?.statusChangedAt).toEqual(new Date("2027-03-05T10:00:00Z"));
    const without = await loadActivityRows(db.prisma, [planId], {
      dueUntil: "2027-03-31",
      overdueOn: "2027-03-10",
    });
    expect(without.map((r) => r.number).sort()).toEqual([1, 4]);
  });

  it("reads the card and the deadline, and renumbers without breaking the plan's numbers", async () => {
    expect(await dueDateForUpdate(db.prisma, await idOf(1))).toBe("2027-03-20");
    expect(await dueDateForUpdate(db.prisma, await idOf(4))).toBeUndefined();
    const one = await idOf(1);
    const two = await idOf(2);
    await renumberActivities(db.prisma, [
      { id: one, number: 2 },
      { id: two, number: 1 },
    ]);
    const card = await readCard(db.prisma, planId, 2, 3);
    expect(card).toMatchObject({
      id: one,
      title: "Aktivitet 1",
      owners: ["KG Granberg", "Anna Fogel"],
      updates: null,
    });
    expect(await readCard(db.prisma, planId, 99, 3)).toBeUndefined();
    await renumberActivities(db.prisma, [
      { id: one, number: 1 },
      { id: two, number: 2 },
    ]);
  });

  it("writes a status change once per delivery, and an import's updates once per key", async () => {
    const write = {
      planId,
      number: 2,
      status: "pagar" as const,
      comment: "Påbörjat",
      authorId: anna,
      source: "console" as const,
      idempotencyKey: "test:status-2",
      now: NOW,
      updateCount: 3,
    };
    const first = await writeStatus(db.prisma, write);
    expect(first).toMatchObject({ status: "ej_paborjad", inserted: 1, fresh: 1 }); // the card from before
    const again = await writeStatus(db.prisma, write);
    expect(again).toMatchObject({ status: "pagar", inserted: 0, fresh: 0 });
    expect(
      await writeStatus(db.prisma, { ...write, number: 99, idempotencyKey: "test:none" }),
    ).toBeUndefined();
    const activity = await db.prisma.activity.findUniqueOrThrow({ where: { id: await idOf(2) } });
    expect(activity.status).toBe("pagar");
    expect(activity.dueDate).toEqual(localDateToDateColumn("2027-05-01"));

    const update = {
      activityId: await idOf(4),
      status: "klar" as const,
      comment: "Från filen",
      idempotencyKey: "import:4",
    };
    await insertImportUpdates(db.prisma, [update], NOW);
    await insertImportUpdates(db.prisma, [update], NOW);
    const stored = await db.prisma.statusUpdate.findMany({ where: { activityId: update.activityId } });
    expect(stored.map((u) => [u.status, u.source, u.comment])).toEqual([["klar", "import", "Från filen"]]);
  });
});
