// A sweep over N activities in groups of 40 on PostgreSQL: the time to compute what is due and write it
// to the outbox (the first sweep of a Monday morning: reminders, digests, agendas). Each size gets its
// own schema, seeded in bulk, dropped afterwards.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { pino } from "pino";
import { addDays } from "../../src/core/calendar.ts";
import { instantAt, localDateToDateColumn } from "../../src/core/zoned-time.ts";
import type { PrismaClient } from "../../src/db/generated/client.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { sweep } from "../../src/scheduler/sweep.ts";

export interface SchedulerBenchRow {
  activities: number;
  groups: number;
  ms: number;
  enqueued: number;
}

const PER_GROUP = 40;
const MEMBERS_PER_GROUP = 12;
const TZ = "Europe/Stockholm";
/** Monday 3 May 2027, 09:05 in Stockholm: digest and reminders both due. */
const NOW = instantAt("2027-05-03", "09:05", TZ);
const TODAY = "2027-05-03";
const STATUSES = ["ej_paborjad", "pagar", "pagar", "forsenad", "klar", "pausad"] as const;

async function seed(prisma: PrismaClient, groups: number): Promise<void> {
  const suffix = randomBytes(3).toString("hex");
  await prisma.group.createMany({
    data: Array.from({ length: groups }, (_, g) => ({ name: `Grupp ${g + 1} ${suffix}`, timeZone: TZ })),
  });
  const groupRows = await prisma.group.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  await prisma.plan.createMany({ data: groupRows.map((g) => ({ groupId: g.id, name: "Handlingsplan" })) });
  await prisma.channelBinding.createMany({
    data: groupRows.map((g) => ({
      groupId: g.id,
      platform: "slack" as const,
      workspaceId: "T",
      channelId: `C${g.id}`,
    })),
  });
  await prisma.member.createMany({
    data: groupRows.flatMap((g) =>
      Array.from({ length: MEMBERS_PER_GROUP }, (_, m) => ({ groupId: g.id, name: `Medlem ${m + 1}` })),
    ),
  });
  // Every third group meets on Wednesday or Thursday: its agenda is due this Monday morning.
  await prisma.meeting.createMany({
    data: groupRows
      .filter((_, i) => i % 3 === 0)
      .map((g, i) => ({
        groupId: g.id,
        title: "Samverkansrådet",
        startsAt: instantAt(i % 2 ? "2027-05-05" : "2027-05-06", "18:00", TZ),
      })),
  });
  const plans = await prisma.plan.findMany({ select: { id: true, groupId: true } });
  const members = await prisma.member.findMany({
    select: { id: true, groupId: true },
    orderBy: { id: "asc" },
  });
  const membersOf = new Map<number, number[]>();
  for (const m of members) membersOf.set(m.groupId, [...(membersOf.get(m.groupId) ?? []), m.id]);
  let n = 0;
  await prisma.activity.createMany({
    data: plans.flatMap((p) =>
      Array.from({ length: PER_GROUP }, (_, i) => {
        n++;
        // Deadlines from 60 days ago to 120 days ahead, a few without one.
        const due = n % 10 === 0 ? null : localDateToDateColumn(addDays(TODAY, ((n * 37) % 181) - 60));
        return {
          planId: p.id,
          number: i + 1,
          title: `Aktivitet ${i + 1}`,
          dueDate: due,
          status: STATUSES[n % STATUSES.length],
          statusChangedAt: n % 4 === 0 ? new Date(NOW.getTime() - (n % 10) * 86_400_000) : null,
        };
      }),
    ),
  });
  const activities = await prisma.activity.findMany({
    select: { id: true, plan: { select: { groupId: true } } },
  });
  await prisma.activityOwner.createMany({
    data: activities.flatMap((a, i) => {
      const ids = membersOf.get(a.plan.groupId) ?? [];
      const first = ids[i % ids.length] as number;
      const second = ids[(i + 5) % ids.length] as number;
      return i % 3 === 0
        ? [
            { activityId: a.id, memberId: first },
            { activityId: a.id, memberId: second },
          ]
        : [{ activityId: a.id, memberId: first }];
    }),
  });
}

export async function benchScheduler(options: {
  databaseUrl: string;
  activities: number[];
}): Promise<SchedulerBenchRow[]> {
  const results: SchedulerBenchRow[] = [];
  const logger = pino({ level: "silent" });
  for (const count of options.activities) {
    const groups = Math.max(1, Math.round(count / PER_GROUP));
    const schema = `bench_${randomBytes(6).toString("hex")}`;
    const db = await openDatabase({ databaseUrl: options.databaseUrl, schema });
    try {
      await seed(db.prisma, groups);
      await db.prisma.$executeRawUnsafe("ANALYZE");
      const started = performance.now();
      const result = await sweep(db.prisma, logger, NOW);
      const ms = performance.now() - started;
      results.push({ activities: groups * PER_GROUP, groups, ms, enqueued: result.enqueued });
    } finally {
      await db.close();
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
  return results;
}
