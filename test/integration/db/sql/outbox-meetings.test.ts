// The outbox, meeting, group and health statements of src/db/sql/, on both databases: rows stored
// once with their meeting, claimed once, pruned in batches, gone with their meeting; a group's row
// held until the transaction ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../../src/db/open-database.ts";
import { lockGroup } from "../../../../src/db/sql/groups.ts";
import { databaseAnswers } from "../../../../src/db/sql/health.ts";
import { claimDueRows, deleteDecidedRows, insertOutboxRows } from "../../../../src/db/sql/outbox.ts";
import { createTestDatabase, testDatabaseKinds } from "../../../support/test-database.ts";

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("outbox and meeting statements on %s", (kind) => {
  let db: Database;
  let groupId: number;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    groupId = (await db.prisma.group.create({ data: { name: "Utkorgsgruppen" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const row = (key: string, meetingId: number | null, kind = "agenda") => ({
    kind,
    dedupe_key: key,
    group_id: groupId,
    meeting_id: meetingId,
    target: { type: "channel", groupId, bindingId: null },
    payload: { reply: { tone: "info", blocks: [] } },
    state: "pending" as const,
  });

  it("stores a key once with its meeting, claims due rows once, and deletes old decided rows a batch at a time", async () => {
    const meeting = await db.prisma.meeting.create({
      data: { groupId, title: "Rådet", startsAt: at("2027-04-20T16:00:00Z") },
    });
    const now = at("2027-04-16T07:00:00Z");
    const key = `agenda:${meeting.id}|channel:none`;
    expect(
      await insertOutboxRows(
        db.prisma,
        [row(key, meeting.id), row("digest:1:2027-W15|channel:none", null, "digest")],
        now,
      ),
    ).toBe(2);
    expect(await insertOutboxRows(db.prisma, [row(key, meeting.id)], now)).toBe(0);
    const stored = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
    expect(stored).toMatchObject({ meetingId: meeting.id, state: "pending", groupId });

    const lease = at("2027-04-16T07:05:00Z");
    const claimed = await claimDueRows(db.prisma, now, lease, 10);
    expect(claimed.map((r) => r.dedupe_key).sort()).toEqual([key, "digest:1:2027-W15|channel:none"].sort());
    expect(claimed.every((r) => Number(r.attempts) === 1)).toBe(true);
    expect(await claimDueRows(db.prisma, now, lease, 10)).toEqual([]); // held until the lease runs out

    await db.prisma.outboxMessage.updateMany({ where: { groupId }, data: { state: "sent" } });
    expect(await deleteDecidedRows(db.prisma, at("2027-04-16T07:00:00Z"), 10)).toBe(0); // not old enough
    expect(await deleteDecidedRows(db.prisma, at("2027-08-01T00:00:00Z"), 1)).toBe(1);
    expect(await deleteDecidedRows(db.prisma, at("2027-08-01T00:00:00Z"), 10)).toBe(1);
  });

  it("deletes a meeting's notifications with the meeting, and keeps the others", async () => {
    const meeting = await db.prisma.meeting.create({
      data: { groupId, title: "Inställt", startsAt: at("2027-05-20T16:00:00Z") },
    });
    const now = at("2027-05-16T07:00:00Z");
    await insertOutboxRows(
      db.prisma,
      [
        row(`agenda:${meeting.id}|channel:none`, meeting.id),
        row("digest:1:2027-W20|channel:none", null, "digest"),
      ],
      now,
    );
    await db.prisma.meeting.delete({ where: { id: meeting.id } });
    const left = await db.prisma.outboxMessage.findMany({ where: { createdAt: now } });
    expect(left.map((r) => r.dedupeKey)).toEqual(["digest:1:2027-W20|channel:none"]);
  });

  it("answers the health check", async () => {
    await expect(databaseAnswers(db.prisma)).resolves.toBeUndefined();
  });

  it.skipIf(kind === "pglite")("holds the group's row until the transaction ends", async () => {
    await db.prisma.$transaction(async (tx) => {
      await lockGroup(tx, groupId);
      // Another connection of the pool cannot take the row now.
      await expect(
        db.prisma.$queryRaw`SELECT id FROM groups WHERE id = ${groupId} FOR NO KEY UPDATE NOWAIT`,
      ).rejects.toThrow();
    });
    await expect(
      db.prisma.$queryRaw`SELECT id FROM groups WHERE id = ${groupId} FOR NO KEY UPDATE NOWAIT`,
    ).resolves.toHaveLength(1);
  });
});
