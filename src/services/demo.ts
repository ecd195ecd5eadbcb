// The demo: Örebro's Samverkansråd and its Handlingsplan 2017–2018. The activities are read from the
// shipped plan file (prisma/plans/, the same file `lok import` reads); the group's members, the demo's
// deadlines and owners, its meetings and agenda items from a data file in prisma/demo/. Loaded on
// first start with an empty database, and again by `lok demo`.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ACTIVITY_STATUSES } from "../core/activity-status.js";
import { partySchema } from "../core/command.js";
import { localDateSchema, localTimeSchema } from "../core/local-date.js";
import { formatProblem } from "../core/plan-sheet/sheet.js";
import { sheetsToPlan } from "../core/plan-sheet/sheet-to-plan.js";
import { instantAt, localDateToDateColumn } from "../core/zoned-time.js";
import type { PrismaClient } from "../db/generated/client.ts";
import { readPlanFile } from "../plans/read-sheet.js";

export const DEMO_FILE = fileURLToPath(
  new URL("../../prisma/demo/orebro-samverkansrad.json", import.meta.url),
);

const demoSchema = z.object({
  group: z.object({ name: z.string().min(1), locale: z.enum(["sv", "en"]), timeZone: z.string().min(1) }),
  plan: z.object({ name: z.string().min(1), periodFrom: localDateSchema, periodTo: localDateSchema }),
  principles: z.array(z.object({ key: z.string().min(1), name: z.string().min(1) })),
  members: z.array(
    z.object({
      name: z.string().min(1),
      organisation: z.string().optional(),
      role: z.enum(["medlem", "samordnare", "admin"]),
      email: z.string().email().optional(),
    }),
  ),
  activities: z.array(
    z.object({
      number: z.number().int().positive(),
      title: z.string().min(1),
      party: partySchema,
      principle: z.string().optional(),
      commitment: z.string().optional(),
      responsibleOrg: z.string().optional(),
      commissioner: z.string().optional(),
      partners: z.string().optional(),
      followUp: z.string().optional(),
      dueDate: localDateSchema.optional(),
      status: z.enum(ACTIVITY_STATUSES).optional(),
      owners: z.array(z.string()).optional(),
    }),
  ),
  meetings: z.array(
    z.object({
      title: z.string(),
      date: localDateSchema,
      start: localTimeSchema,
      end: localTimeSchema.optional(),
      place: z.string().optional(),
    }),
  ),
  agendaItems: z.array(
    z.object({ text: z.string(), proposedBy: z.string().optional(), meeting: localDateSchema.optional() }),
  ),
});
export type DemoData = z.infer<typeof demoSchema>;

// The file on disk: the activities come from `planFile` (relative to the JSON file), with the demo's
// own deadlines and owners per number in `activityDetails`.
const demoFileSchema = demoSchema.omit({ activities: true }).extend({
  planFile: z.string().min(1),
  activityDetails: z.array(
    z.object({
      number: z.number().int().positive(),
      dueDate: localDateSchema.optional(),
      status: z.enum(ACTIVITY_STATUSES).optional(),
      owners: z.array(z.string()).optional(),
    }),
  ),
});

export async function readDemo(file = DEMO_FILE): Promise<DemoData> {
  const { planFile, activityDetails, ...rest } = demoFileSchema.parse(
    JSON.parse(await readFile(file, "utf8")),
  );
  const sheets = (await readPlanFile(resolve(dirname(file), planFile))).sheets;
  const parsed = sheetsToPlan(sheets, { today: rest.plan.periodFrom });
  if (!parsed.ok) throw new Error(`demo: ${parsed.problems.map(formatProblem).join("; ")}`);
  const details = new Map(activityDetails.map((d) => [d.number, d]));
  const activities = parsed.plan.activities.map((a) => {
    const { number: _n, ...extra } = details.get(a.number) ?? { number: a.number };
    return {
      number: a.number,
      title: a.title,
      party: a.party ?? "gemensamt",
      ...(a.principleKey ? { principle: a.principleKey } : {}),
      ...(a.commitment ? { commitment: a.commitment } : {}),
      ...(a.responsibleOrg ? { responsibleOrg: a.responsibleOrg } : {}),
      ...(a.commissioner ? { commissioner: a.commissioner } : {}),
      ...(a.partners ? { partners: a.partners } : {}),
      ...(a.followUp ? { followUp: a.followUp } : {}),
      ...extra,
    };
  });
  return demoSchema.parse({ ...rest, activities });
}

/** Creates the demo group, replacing an earlier copy of it (and only it). Returns the group's id. */
export async function loadDemo(prisma: PrismaClient, data: DemoData): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.group.deleteMany({ where: { name: data.group.name } });
    const group = await tx.group.create({ data: data.group });
    const plan = await tx.plan.create({
      data: {
        groupId: group.id,
        name: data.plan.name,
        periodFrom: localDateToDateColumn(data.plan.periodFrom),
        periodTo: localDateToDateColumn(data.plan.periodTo),
      },
    });
    const principleIds = new Map<string, number>();
    for (const [position, p] of data.principles.entries()) {
      const created = await tx.principle.create({
        data: { planId: plan.id, key: p.key, name: p.name, position },
      });
      principleIds.set(p.key, created.id);
    }
    const memberIds = new Map<string, number>();
    for (const m of data.members) {
      const created = await tx.member.create({
        data: {
          groupId: group.id,
          name: m.name,
          role: m.role,
          organisation: m.organisation ?? null,
          email: m.email ?? null,
        },
      });
      memberIds.set(m.name, created.id);
    }
    for (const a of data.activities) {
      const { owners = [], principle, dueDate, ...fields } = a;
      const principleId = principle ? principleIds.get(principle) : undefined;
      if (principle && principleId === undefined)
        throw new Error(`demo: activity ${a.number} names unknown principle ${principle}`);
      await tx.activity.create({
        data: {
          ...fields,
          planId: plan.id,
          principleId: principleId ?? null,
          dueDate: dueDate ? localDateToDateColumn(dueDate) : null,
          owners: {
            create: owners.map((name) => {
              const memberId = memberIds.get(name);
              if (memberId === undefined)
                throw new Error(`demo: activity ${a.number} names unknown member ${name}`);
              return { memberId };
            }),
          },
        },
      });
    }
    const meetingIds = new Map<string, number>();
    for (const m of data.meetings) {
      const created = await tx.meeting.create({
        data: {
          groupId: group.id,
          title: m.title,
          startsAt: instantAt(m.date, m.start, group.timeZone),
          endsAt: m.end ? instantAt(m.date, m.end, group.timeZone) : null,
          place: m.place ?? null,
        },
      });
      meetingIds.set(m.date, created.id);
    }
    for (const item of data.agendaItems) {
      await tx.agendaItem.create({
        data: {
          groupId: group.id,
          text: item.text,
          meetingId: item.meeting ? (meetingIds.get(item.meeting) ?? null) : null,
          proposedBy: item.proposedBy ? (memberIds.get(item.proposedBy) ?? null) : null,
        },
      });
    }
    return group.id;
  });
}

/** Loads the demo when the database has no group at all (a fresh install). */
export async function loadDemoIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.group.count()) > 0) return false;
  await loadDemo(prisma, await readDemo());
  return true;
}
