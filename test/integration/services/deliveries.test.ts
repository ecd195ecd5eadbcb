// The record of processed deliveries itself, on real PGlite and PostgreSQL: what is kept, what a
// repeat gets, and a write that loses a race being run again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/reply.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { type Delivery, onceForDelivery } from "../../../src/services/deliveries.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";

const NOW = new Date("2026-11-23T09:00:00Z");

const delivery = (key: string): Delivery => ({
  key,
  source: "slack",
  command: { kind: "report_file" },
  now: NOW,
});

const changed: Reply = {
  tone: "success",
  visibility: "channel",
  blocks: [{ type: "text", text: "Klart." }],
  announcement: { text: "Till kanalen" },
  attachment: {
    kind: "follow_up_workbook",
    fileName: "uppfoljning.xlsx",
    planName: "Planen",
    fallback: "Hämta filen.",
  },
  effect: "changed",
};

describe.each(testDatabaseKinds())("processed deliveries on %s", (kind) => {
  let db: Database;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("keeps a delivery that changed something, and answers it again without announcement or file", async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
      return changed;
    };
    expect(await onceForDelivery(db.prisma, delivery("d:1"), work)).toEqual(changed);
    const again = await onceForDelivery(db.prisma, delivery("d:1"), work);
    expect(runs).toBe(1);
    expect(again).toMatchObject({ effect: "repeat", visibility: "ephemeral", tone: "success" });
    expect(again.announcement).toBeUndefined();
    expect(again.attachment).toBeUndefined();
    expect(again.blocks[0]).toEqual({ type: "text", text: "Klart." });
    const row = await db.prisma.processedDelivery.findUniqueOrThrow({ where: { key: "d:1" } });
    expect(row).toMatchObject({ source: "slack", command: { kind: "report_file" }, createdAt: NOW });
    expect(row.reply).toEqual(changed);
  });

  it("keeps a reply that sent a file without changing anything, so a redelivery does not send it again", async () => {
    const sent: Reply = { ...changed, effect: "sent" };
    let runs = 0;
    const work = async () => {
      runs += 1;
      return sent;
    };
    expect(await onceForDelivery(db.prisma, delivery("d:sent"), work)).toEqual(sent);
    const again = await onceForDelivery(db.prisma, delivery("d:sent"), work);
    expect(runs).toBe(1);
    expect(again.effect).toBe("repeat");
    expect(again.attachment).toBeUndefined();
  });

  it("keeps nothing, not even the key, for work that changed nothing or was refused", async () => {
    const unchanged: Reply = { ...changed, effect: "unchanged" };
    const refused: Reply = { tone: "error", visibility: "ephemeral", blocks: [] };
    expect(await onceForDelivery(db.prisma, delivery("d:2"), async () => unchanged)).toEqual(unchanged);
    expect(await onceForDelivery(db.prisma, delivery("d:3"), async () => refused)).toEqual(refused);
    expect(await db.prisma.processedDelivery.count({ where: { key: { in: ["d:2", "d:3"] } } })).toBe(0);
  });

  it("rolls back what the work wrote when it changed nothing in the end", async () => {
    const reply = await onceForDelivery(db.prisma, delivery("d:4"), async (tx) => {
      await tx.group.create({ data: { name: "Rullas tillbaka" } });
      return { ...changed, effect: "unchanged" };
    });
    expect(reply.effect).toBe("unchanged");
    expect(await db.prisma.group.count({ where: { name: "Rullas tillbaka" } })).toBe(0);
  });

  it("runs a write again that lost a race on a unique key, and then it sees the winner", async () => {
    await db.prisma.group.create({ data: { name: "Vinnaren" } });
    let runs = 0;
    const reply = await onceForDelivery(db.prisma, delivery("d:5"), async (tx) => {
      runs += 1;
      // As if a concurrent writer had inserted the same unique row first: PostgreSQL refuses it.
      if (runs === 1) await tx.$queryRaw`INSERT INTO groups (name) VALUES ('Vinnaren')`;
      return { ...changed, effect: "unchanged" };
    });
    expect(runs).toBe(2);
    expect(reply.effect).toBe("unchanged");
  });

  it("gives up after three lost races and lets the error through, keeping nothing", async () => {
    let runs = 0;
    const losing = onceForDelivery(db.prisma, delivery("d:6"), async (tx) => {
      runs += 1;
      await tx.group.create({ data: { name: "Vinnaren" } });
      return changed;
    });
    await expect(losing).rejects.toMatchObject({ code: "P2002" });
    expect(runs).toBe(3);
    expect(await db.prisma.processedDelivery.count({ where: { key: "d:6" } })).toBe(0);
  });
});
