// What the public pages show of a published group's plan, as plain data: the plan and its activities
// in a few queries (never one per activity), progress per principle and per party, and one activity
// with its timeline. Persons' names leave here only when the group shows them; e-mail addresses and
// platform ids are never read.
import { isOverdue } from "../core/activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import type { LocalDate } from "../core/local-date.ts";
import { dateColumnToLocalDate, wallClockAt } from "../core/zoned-time.ts";
import type { Db } from "./deps.ts";
import type { PublishedGroup } from "./publication.ts";

export const PARTIES: readonly Party[] = ["stad", "civilsamhalle", "gemensamt"];

export interface PublicPrinciple {
  id: number;
  key: string;
  name: string;
  /** Its goals as the plan words them, numbered within the plan. */
  goals?: { number: number; text: string }[];
}

export interface PublicActivityRow {
  number: number;
  title: string;
  principle?: PublicPrinciple;
  party: Party;
  status: ActivityStatus;
  dueDate?: LocalDate;
  /** By the one rule (core/activity-rules.ts): reported försenad, or past its deadline and open. */
  overdue: boolean;
}

export interface PublicPlan {
  name: string;
  periodFrom?: LocalDate;
  periodTo?: LocalDate;
  principles: PublicPrinciple[];
  activities: PublicActivityRow[];
}

/** The group's active plan with all its activities by number; undefined when it has none. */
export async function readPublicPlan(
  db: Db,
  group: PublishedGroup,
  today: LocalDate,
): Promise<PublicPlan | undefined> {
  const plan = await db.plan.findFirst({
    where: { groupId: group.id, active: true },
    orderBy: { id: "desc" },
    select: { id: true, name: true, periodFrom: true, periodTo: true },
  });
  if (!plan) return undefined;
  const [principles, activities] = await Promise.all([
    db.principle.findMany({
      where: { planId: plan.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        key: true,
        name: true,
        goals: { orderBy: [{ position: "asc" }, { number: "asc" }], select: { number: true, text: true } },
      },
    }),
    db.activity.findMany({
      where: { planId: plan.id },
      orderBy: { number: "asc" },
      select: { number: true, title: true, principleId: true, party: true, status: true, dueDate: true },
    }),
  ]);
  const byId = new Map(principles.map((p) => [p.id, p]));
  return {
    name: plan.name,
    ...(plan.periodFrom ? { periodFrom: dateColumnToLocalDate(plan.periodFrom) } : {}),
    ...(plan.periodTo ? { periodTo: dateColumnToLocalDate(plan.periodTo) } : {}),
    principles,
    activities: activities.map((a) => {
      const dueDate = a.dueDate ? dateColumnToLocalDate(a.dueDate) : undefined;
      const principle = a.principleId === null ? undefined : byId.get(a.principleId);
      return {
        number: a.number,
        title: a.title,
        ...(principle ? { principle } : {}),
        party: a.party,
        status: a.status,
        ...(dueDate ? { dueDate } : {}),
        overdue: isOverdue(dueDate, a.status, today),
      };
    }),
  };
}

export interface Progress {
  /** The principle's or party's key; "" for the activities under no principle. */
  key: string;
  total: number;
  counts: Record<ActivityStatus, number>;
  done: number;
  /** Whole per cent of the activities that are klar (0 for none). */
  doneShare: number;
  overdue: number;
}

function progressOf(key: string, activities: readonly PublicActivityRow[]): Progress {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  let overdue = 0;
  for (const a of activities) {
    counts[a.status] += 1;
    if (a.overdue) overdue += 1;
  }
  const total = activities.length;
  return {
    key,
    total,
    counts,
    done: counts.klar,
    doneShare: total ? Math.round((100 * counts.klar) / total) : 0,
    overdue,
  };
}

/** Progress per principle in the plan's order (and "" for activities under none, if any). */
export function progressByPrinciple(plan: PublicPlan): Progress[] {
  const rows = plan.principles.map((p) =>
    progressOf(
      p.key,
      plan.activities.filter((a) => a.principle?.id === p.id),
    ),
  );
  const without = plan.activities.filter((a) => !a.principle);
  return without.length ? [...rows, progressOf("", without)] : rows;
}

/** Progress per party that has activities, in the plan's order of parties. */
export function progressByParty(plan: PublicPlan): Progress[] {
  return PARTIES.map((p) =>
    progressOf(
      p,
      plan.activities.filter((a) => a.party === p),
    ),
  ).filter((p) => p.total > 0);
}

export function totalProgress(plan: PublicPlan): Progress {
  return progressOf("", plan.activities);
}

export interface TimelineEntry {
  status: ActivityStatus;
  /** Absent when there was none, or when a samordnare hid it from the page (`dölj`). */
  comment?: string;
  /** Only when the group shows names. */
  author?: string;
  at: string;
  /** The group's wall clock: date and time. */
  date: LocalDate;
  time: string;
}

export interface PublicActivity extends PublicActivityRow {
  planName: string;
  description?: string;
  commitment?: string;
  responsibleOrg?: string;
  commissioner?: string;
  partners?: string;
  followUp?: string;
  /** Only when the group shows names; otherwise absent. */
  owners?: string[];
  /** Oldest first. */
  timeline: TimelineEntry[];
}

/** Activity `number` of the group's active plan as the page shows it; undefined if there is none. */
export async function readPublicActivity(
  db: Db,
  group: PublishedGroup,
  number: number,
  today: LocalDate,
): Promise<PublicActivity | undefined> {
  const plan = await db.plan.findFirst({
    where: { groupId: group.id, active: true },
    orderBy: { id: "desc" },
    select: { id: true, name: true },
  });
  if (!plan) return undefined;
  const names = group.showNames;
  const a = await db.activity.findUnique({
    where: { planId_number: { planId: plan.id, number } },
    select: {
      number: true,
      title: true,
      description: true,
      party: true,
      status: true,
      dueDate: true,
      commitment: true,
      responsibleOrg: true,
      commissioner: true,
      partners: true,
      followUp: true,
      principle: { select: { id: true, key: true, name: true } },
      owners: {
        select: { member: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { memberId: "asc" }],
      },
      statusUpdates: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          status: true,
          comment: true,
          hiddenAt: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!a) return undefined;
  const dueDate = a.dueDate ? dateColumnToLocalDate(a.dueDate) : undefined;
  const opt = <K extends string>(key: K, value: string | null) =>
    (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
  return {
    planName: plan.name,
    number: a.number,
    title: a.title,
    ...(a.principle ? { principle: a.principle } : {}),
    party: a.party,
    status: a.status,
    ...(dueDate ? { dueDate } : {}),
    overdue: isOverdue(dueDate, a.status, today),
    ...opt("description", a.description),
    ...opt("commitment", a.commitment),
    ...opt("responsibleOrg", a.responsibleOrg),
    ...opt("commissioner", a.commissioner),
    ...opt("partners", a.partners),
    ...opt("followUp", a.followUp),
    ...(names ? { owners: a.owners.map((o) => o.member.name) } : {}),
    timeline: a.statusUpdates.map((u) => {
      const local = wallClockAt(u.createdAt, group.timeZone);
      const author = names && u.author ? u.author.name : undefined;
      return {
        status: u.status,
        ...(u.comment && !u.hiddenAt ? { comment: u.comment } : {}),
        ...(author ? { author } : {}),
        at: u.createdAt.toISOString(),
        date: local.date,
        time: local.time,
      };
    }),
  };
}
