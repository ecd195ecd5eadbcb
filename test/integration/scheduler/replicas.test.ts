// Several replicas on one PostgreSQL: two processes' worth of database clients sweeping and
// dispatching at the same moment store and send each notification once.
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../../src/db/open-database.ts";
import { createScheduler } from "../../../src/scheduler/index.ts";
import { enqueue } from "../../../src/services/outbox.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import { recordingNotifier, schedulerHarness } from "./scheduler-support.ts";

const silent = pino({ level: "silent" });

describe.skipIf(!process.env.DATABASE_URL)("replicas on postgresql", () => {
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    first = await createTestDatabase("postgresql");
    const schema = /schema (\S+)$/.exec(first.description)?.[1];
    if (!schema) throw new Error(`no schema in ${first.description}`);
    // A second, separate pool on the same schema: another replica.
    second = await openDatabase({ databaseUrl: process.env.DATABASE_URL as string, schema, migrate: false });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("two sweeps and two dispatchers at once: each notification stored once and sent once", async () => {
    const h = await schedulerHarness(first);
    for (const n of [6, 12, 13, 14]) await h.setDue(n, "2027-11-01"); // six owners in all
    const rec = recordingNotifier();
    rec.respondWith(async () => {
      await sleep(3); // a platform round trip, so the two dispatchers overlap
      return { ok: true };
    });
    const replica = (db: Database) =>
      createScheduler({
        deps: { prisma: db.prisma, clock: h.clock, logger: silent },
        notifiers: [rec.notifier],
        logger: silent,
        dispatch: { batchSize: 4 },
      });
    const [a, b] = [replica(first), replica(second)];
    const now = new Date("2027-10-29T07:00:00Z");

    const swept = await Promise.all([a.sweep(now), b.sweep(now), a.sweep(now), b.sweep(now)]);
    expect(swept.reduce((n, s) => n + s.enqueued, 0)).toBe(6);
    const target = { type: "channel" as const, groupId: h.group.id, bindingId: h.binding.id };
    await enqueue(
      first.prisma,
      Array.from({ length: 40 }, (_, i) => ({
        kind: "digest" as const,
        dedupeKey: `test:${i}`,
        groupId: h.group.id,
        target,
        reply: {
          tone: "info" as const,
          visibility: "channel" as const,
          blocks: [{ type: "text" as const, text: `nr ${i}` }],
        },
      })),
      now,
    );

    const [ra, rb] = await Promise.all([a.dispatch(now), b.dispatch(now)]);
    expect(ra.sent + rb.sent).toBe(46);
    expect(ra.claimed).toBeGreaterThan(0);
    expect(rb.claimed).toBeGreaterThan(0);
    const seen = rec.deliveries.map((d) => `${d.to} ${d.text}`);
    expect(seen).toHaveLength(46);
    expect(new Set(seen).size).toBe(46);
    const rows = await h.outbox();
    expect(rows.every((r) => r.state === "sent" && r.attempts === 1)).toBe(true);
  });
});
