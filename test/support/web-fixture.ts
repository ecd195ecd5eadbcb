// The public pages' test data: the demo (Swedish, published) and an English group with 40 activities,
// 2,000 status updates, e-mail addresses and platform ids that must never show, and hostile text.
import { pino } from "pino";
import { fixedClock } from "../../src/core/clock.ts";
import type { Database } from "../../src/db/open-database.ts";
import { createWebApp } from "../../src/platforms/web/app.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { setPublished } from "../../src/services/publication.ts";

export const WEB_NOW = "2026-11-23T09:00:00Z";
export const HOSTILE_TITLE = "<script>alert(1)</script>";
export const HOSTILE_COMMENT = '"><img src=x onerror=alert(1)>';
export const HIDDEN_COMMENT = "This comment was hidden by a coordinator";
export const ENGLISH_MEMBERS = [
  { name: "Grace Hopper", email: "grace@example.org", externalId: "U0GRACE42" },
  { name: "Alan Turing", email: "alan@example.org", externalId: "U0ALAN42" },
];

export async function demoMemberNames(): Promise<string[]> {
  return (await readDemo()).members.map((m) => m.name);
}

export async function loadWebFixture(db: Database) {
  const clock = fixedClock(WEB_NOW);
  await loadDemo(db.prisma, await readDemo(), clock.now());
  await db.prisma.group.create({ data: { name: "Hemliga gruppen" } });

  const group = await db.prisma.group.create({
    data: { name: "Leeds Compact", locale: "en", timeZone: "Europe/London", webContact: "The Compact team" },
  });
  const members = [];
  for (const m of ENGLISH_MEMBERS) {
    const member = await db.prisma.member.create({
      data: { groupId: group.id, name: m.name, email: m.email, role: "samordnare" },
    });
    await db.prisma.memberIdentity.create({
      data: { groupId: group.id, memberId: member.id, platform: "slack", externalId: m.externalId },
    });
    members.push(member);
  }
  const plan = await db.prisma.plan.create({
    data: {
      groupId: group.id,
      name: "Compact Plan 2026",
      periodFrom: new Date("2026-01-01T00:00:00Z"),
      periodTo: new Date("2027-12-31T00:00:00Z"),
    },
  });
  const principles = await Promise.all(
    ["Openness", "Dialogue"].map((name, position) =>
      db.prisma.principle.create({ data: { planId: plan.id, key: name.toLowerCase(), name, position } }),
    ),
  );
  const statuses = ["ej_paborjad", "pagar", "klar", "forsenad", "pausad", "struken"] as const;
  const parties = ["stad", "civilsamhalle", "gemensamt"] as const;
  for (let n = 1; n <= 40; n++) {
    await db.prisma.activity.create({
      data: {
        planId: plan.id,
        number: n,
        title: n === 7 ? HOSTILE_TITLE : `Activity title ${n}`,
        principleId: principles[n % 2]?.id ?? null,
        party: parties[n % 3] ?? "gemensamt",
        status: statuses[n % 6] ?? "pagar",
        responsibleOrg: n === 7 ? HOSTILE_COMMENT : "Voluntary Action Leeds",
        dueDate: new Date(Date.UTC(2026, (n * 5) % 12, 1 + (n % 27))),
        owners: { create: [{ memberId: members[n % 2]?.id ?? 0 }] },
      },
    });
  }
  const activities = await db.prisma.activity.findMany({
    where: { planId: plan.id },
    orderBy: { number: "asc" },
  });
  const updates = [];
  for (let i = 0; i < 2000; i++) {
    const a = activities[i % 40];
    if (!a) continue;
    updates.push({
      activityId: a.id,
      status: statuses[i % 6] ?? "pagar",
      comment: `Update ${i}`,
      authorId: members[i % 2]?.id ?? null,
      source: "slack",
      idempotencyKey: `fixture:${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000),
    });
  }
  await db.prisma.statusUpdate.createMany({ data: updates });
  const seven = activities[6];
  if (seven) {
    await db.prisma.statusUpdate.createMany({
      data: [
        {
          activityId: seven.id,
          status: "pagar",
          comment: HOSTILE_COMMENT,
          authorId: members[0]?.id ?? null,
          source: "slack",
          idempotencyKey: "fixture:hostile",
          createdAt: new Date("2026-11-20T10:00:00Z"),
        },
        {
          activityId: seven.id,
          status: "pagar",
          comment: HIDDEN_COMMENT,
          authorId: members[1]?.id ?? null,
          source: "slack",
          idempotencyKey: "fixture:hidden",
          createdAt: new Date("2026-11-21T10:00:00Z"),
          hiddenAt: new Date("2026-11-22T10:00:00Z"),
        },
      ],
    });
  }
  await setPublished(db.prisma, group.id, true);
  const app = createWebApp({ prisma: db.prisma, clock, logger: pino({ level: "silent" }) }, { env: {} });
  return { app, clock, englishGroupId: group.id, englishSlug: "leeds-compact" };
}
