// The demo: Örebro's Samverkansråd and its Handlingsplan 2017–2018. The activities are read from the
// shipped plan file (prisma/plans/, the same file `lok import` reads); the group's members, owners,
// deadlines, statuses, a little status history, meetings and agenda items from a data file in
// prisma/demo/. The plan's words and numbering are the plan's; its dates are the demo's: given
// relative to the day it is loaded, so that a newcomer's first screen has some activities done, some
// due soon, a few overdue and the next meeting ahead. Loaded on first start with an empty database,
// and again by `lok demo`.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../core/activity-status.ts";
import { addDays } from "../core/calendar.ts";
import { partySchema } from "../core/command.ts";
import type { LocalDate } from "../core/local-date.ts";
import { localTimeSchema } from "../core/local-date.ts";
import { formatProblem } from "../core/plan-sheet/sheet.ts";
import { sheetsToPlan } from "../core/plan-sheet/sheet-to-plan.ts";
import { workingDayOnOrAfter, workingDayOnOrBefore } from "../core/reminders/working-days.ts";
import { instantAt, localDateAt, localDateToDateColumn } from "../core/zoned-time.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { readPlanFile } from "../plans/read-sheet.ts";
import { textsFor } from "../texts/index.ts";
import { slugFor } from "./publication.ts";

export const DEMO_FILE = fileURLToPath(
  new URL("../../prisma/demo/orebro-samverkansrad.json", import.meta.url),
);

/** The time of day at which the demo's status history was reported. */
const HISTORY_TIME = "10:00";

const historySchema = z.object({
  /** Whole days before the day the demo is loaded (at least 1, so it is history). */
  daysAgo: z.number().int().min(1),
  status: z.enum(ACTIVITY_STATUSES),
  by: z.string().min(1),
  comment: z.string().optional(),
});

const detailsSchema = z.object({
  /** The deadline, in days from the day the demo is loaded; moved off weekends and holidays. */
  dueInDays: z.number().int().optional(),
  owners: z.array(z.string()).optional(),
  /** Oldest first; the last one is the activity's status (ej påbörjad without any). */
  history: z.array(historySchema).optional(),
});

const demoSchema = z.object({
  group: z.object({ name: z.string().min(1), locale: z.enum(["sv", "en"]), timeZone: z.string().min(1) }),
  plan: z.object({ name: z.string().min(1) }),
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
    detailsSchema.extend({
      number: z.number().int().positive(),
      title: z.string().min(1),
      party: partySchema,
      principle: z.string().optional(),
      commitment: z.string().optional(),
      responsibleOrg: z.string().optional(),
      commissioner: z.string().optional(),
      partners: z.string().optional(),
      followUp: z.string().optional(),
    }),
  ),
  meetings: z.array(
    z.object({
      key: z.string().min(1),
      title: z.string(),
      /** Days from the day the demo is loaded; moved to a working day. */
      inDays: z.number().int(),
      start: localTimeSchema,
      end: localTimeSchema.optional(),
      place: z.string().optional(),
    }),
  ),
  agendaItems: z.array(
    z.object({ text: z.string(), proposedBy: z.string().optional(), meeting: z.string().optional() }),
  ),
});
export type DemoData = z.infer<typeof demoSchema>;

// The file on disk: the activities come from `planFile` (relative to the JSON file), with the demo's
// own owners, deadlines and history per number in `activityDetails`.
const demoFileSchema = demoSchema.omit({ activities: true }).extend({
  planFile: z.string().min(1),
  activityDetails: z.array(detailsSchema.extend({ number: z.number().int().positive() })),
});

// The plan file has no dates in it, so any day reads it the same.
const PLAN_FILE_READ_AS_OF: LocalDate = "2017-05-30";

export async function readDemo(file = DEMO_FILE): Promise<DemoData> {
  const { planFile, activityDetails, ...rest } = demoFileSchema.parse(
    JSON.parse(await readFile(file, "utf8")),
  );
  const sheets = (await readPlanFile(resolve(dirname(file), planFile))).sheets;
  const texts = textsFor(rest.group.locale);
  const parsed = sheetsToPlan(sheets, { today: PLAN_FILE_READ_AS_OF, texts });
  if (!parsed.ok) throw new Error(`demo: ${parsed.problems.map((p) => formatProblem(p, texts)).join("; ")}`);
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

/** The demo group's name, for telling the demo apart (its dates are the demo's, not a real group's). */
export async function demoGroupName(file = DEMO_FILE): Promise<string> {
  return demoFileSchema.shape.group.parse(JSON.parse(await readFile(file, "utf8")).group).name;
}

/** A day `days` from `today`, on a working day: later for a day ahead, earlier for one behind. */
function workingDayFrom(today: LocalDate, days: number): LocalDate {
  const day = addDays(today, days);
  return days >= 0 ? workingDayOnOrAfter(day) : workingDayOnOrBefore(day);
}

/** The demo's dates as of `today`: deadlines, the plan's period and the meetings' days. */
export function demoCalendar(data: DemoData, today: LocalDate) {
  const due = new Map<number, LocalDate>();
  for (const a of data.activities)
    if (a.dueInDays !== undefined) due.set(a.number, workingDayFrom(today, a.dueInDays));
  const meetings = new Map(data.meetings.map((m) => [m.key, workingDayFrom(today, m.inDays)]));
  // A two-year plan around the demo's dates, as the plan was for 2017–2018.
  const days = [today, ...due.values(), ...meetings.values()].sort();
  const firstYear = Number((days[0] as string).slice(0, 4));
  const lastYear = Math.max(firstYear + 1, Number((days.at(-1) as string).slice(0, 4)));
  return { due, meetings, period: { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` } };
}

/**
 * Creates the demo group as of `now`, replacing an earlier copy of it (and only it). Its deadlines,
 * status history and meetings are placed around that day. Returns the group's id.
 */
export async function loadDemo(prisma: PrismaClient, data: DemoData, now: Date): Promise<number> {
  const today = localDateAt(now, data.group.timeZone);
  const calendar = demoCalendar(data, today);
  return prisma.$transaction(async (tx) => {
    await tx.group.deleteMany({ where: { name: data.group.name } });
    // The demo's page is published, so that a newcomer sees it at once.
    const group = await tx.group.create({
      data: { ...data.group, createdAt: now, webPublished: true, webSlug: slugFor(data.group.name) },
    });
    const plan = await tx.plan.create({
      data: {
        groupId: group.id,
        name: data.plan.name,
        periodFrom: localDateToDateColumn(calendar.period.from),
        periodTo: localDateToDateColumn(calendar.period.to),
        createdAt: now,
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
          createdAt: now,
        },
      });
      memberIds.set(m.name, created.id);
    }
    const memberId = (name: string, what: string) => {
      const id = memberIds.get(name);
      if (id === undefined) throw new Error(`demo: ${what} names unknown member ${name}`);
      return id;
    };
    for (const a of data.activities) {
      const { owners = [], history = [], principle, dueInDays: _due, ...fields } = a;
      const principleId = principle ? principleIds.get(principle) : undefined;
      if (principle && principleId === undefined)
        throw new Error(`demo: activity ${a.number} names unknown principle ${principle}`);
      const due = calendar.due.get(a.number);
      const updates = history.map((u, i) => ({
        ...u,
        at: instantAt(addDays(today, -u.daysAgo), HISTORY_TIME, group.timeZone),
        key: `demo:${group.id}:${a.number}:${i}`,
      }));
      const last = updates.at(-1);
      await tx.activity.create({
        data: {
          ...fields,
          planId: plan.id,
          principleId: principleId ?? null,
          dueDate: due ? localDateToDateColumn(due) : null,
          status: (last?.status ?? "ej_paborjad") as ActivityStatus,
          statusChangedAt: last?.at ?? null,
          createdAt: now,
          updatedAt: now,
          owners: {
            create: owners.map((name) => ({
              memberId: memberId(name, `activity ${a.number}`),
              createdAt: now,
            })),
          },
          statusUpdates: {
            create: updates.map((u) => ({
              status: u.status,
              comment: u.comment ?? null,
              authorId: memberId(u.by, `activity ${a.number}'s history`),
              source: "import" as const,
              idempotencyKey: u.key,
              createdAt: u.at,
            })),
          },
        },
      });
    }
    const meetingIds = new Map<string, number>();
    for (const m of data.meetings) {
      const date = calendar.meetings.get(m.key) as LocalDate;
      const created = await tx.meeting.create({
        data: {
          groupId: group.id,
          title: m.title,
          startsAt: instantAt(date, m.start, group.timeZone),
          endsAt: m.end ? instantAt(date, m.end, group.timeZone) : null,
          place: m.place ?? null,
          createdAt: now,
        },
      });
      meetingIds.set(m.key, created.id);
    }
    for (const item of data.agendaItems) {
      await tx.agendaItem.create({
        data: {
          groupId: group.id,
          text: item.text,
          meetingId: item.meeting ? (meetingIds.get(item.meeting) ?? null) : null,
          proposedBy: item.proposedBy ? memberId(item.proposedBy, "an agenda item") : null,
          createdAt: now,
        },
      });
    }
    return group.id;
  });
}

/** Loads the demo as of `now` when the database has no group at all (a fresh install). */
export async function loadDemoIfEmpty(prisma: PrismaClient, now: Date): Promise<boolean> {
  if ((await prisma.group.count()) > 0) return false;
  await loadDemo(prisma, await readDemo(), now);
  return true;
}

/** What people have added to the demo group since it was loaded: what reloading it would throw away. */
export interface DemoHistory {
  statusUpdates: number;
  /** Activities whose deadline, status or owners were changed. */
  changedActivities: number;
  meetings: number;
  agendaItems: number;
  members: number;
  channelBindings: number;
}

export function isDemoUntouched(h: DemoHistory): boolean {
  return Object.values(h).every((n) => n === 0);
}

/**
 * The demo group's history, or undefined when there is no demo group. Everything loadDemo writes is
 * stamped with the group's own creation time (its history is older still), so anything newer is
 * someone's work.
 */
export async function demoHistory(prisma: PrismaClient, groupName: string): Promise<DemoHistory | undefined> {
  const group = await prisma.group.findUnique({ where: { name: groupName } });
  if (!group) return undefined;
  const after = { gt: group.createdAt };
  const inGroup = { plan: { groupId: group.id } };
  const [statusUpdates, changedActivities, meetings, agendaItems, members, channelBindings] =
    await Promise.all([
      prisma.statusUpdate.count({ where: { activity: inGroup, createdAt: after } }),
      prisma.activity.count({
        where: { ...inGroup, OR: [{ updatedAt: after }, { owners: { some: { createdAt: after } } }] },
      }),
      prisma.meeting.count({ where: { groupId: group.id, createdAt: after } }),
      prisma.agendaItem.count({ where: { groupId: group.id, createdAt: after } }),
      prisma.member.count({ where: { groupId: group.id, createdAt: after } }),
      prisma.channelBinding.count({ where: { groupId: group.id } }),
    ]);
  return { statusUpdates, changedActivities, meetings, agendaItems, members, channelBindings };
}
