// A group's plans: which exist, which one is active, switching it, and starting a new period with
// the principles and (when asked) the open activities of the one before. Exactly one plan of a group
// is active; every change of that happens in the caller's transaction.
import { CLOSED_STATUSES } from "../core/activity-status.ts";
import type { LocalDate } from "../core/local-date.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import { periodFromPlanName } from "../core/plan-sheet/plan-title.ts";
import { dateColumnToLocalDate, localDateToDateColumn } from "../core/zoned-time.ts";
import type { Db } from "./deps.ts";

export interface PlanSummary {
  id: number;
  name: string;
  from?: LocalDate;
  to?: LocalDate;
  active: boolean;
  createdAt: Date;
}

/** The group's plans, oldest period first (a plan without a period by when it was made). */
export async function groupPlans(db: Db, groupId: number): Promise<PlanSummary[]> {
  const rows = await db.plan.findMany({
    where: { groupId },
    orderBy: { id: "asc" },
    select: { id: true, name: true, periodFrom: true, periodTo: true, active: true, createdAt: true },
  });
  const plans = rows.map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.periodFrom ? { from: dateColumnToLocalDate(p.periodFrom) } : {}),
    ...(p.periodTo ? { to: dateColumnToLocalDate(p.periodTo) } : {}),
    active: p.active,
    createdAt: p.createdAt,
  }));
  return plans.sort((a, b) => (periodStart(a) ?? "").localeCompare(periodStart(b) ?? "") || a.id - b.id);
}

/** When a plan's period begins: as stored, else from the years in its name. */
export function periodStart(plan: { name: string; from?: LocalDate | undefined }): LocalDate | undefined {
  return plan.from ?? periodFromPlanName(plan.name)?.from;
}

/** The plan the group works in: the newest active one, as services/groups.ts's activePlan reads it. */
export function currentPlan(plans: readonly PlanSummary[]): PlanSummary | undefined {
  return plans.filter((p) => p.active).sort((a, b) => b.id - a.id)[0];
}

/** A plan's name as compared: case, å/ä/ö, the kind of dash and spacing do not count. */
function foldName(text: string): string {
  return normalizeForMatch(text).replace(/[-–—]/g, "-").replace(/\s+/g, " ").trim();
}

/** The plan with this very name (as compared by foldName). */
export function planNamed(plans: readonly PlanSummary[], name: string): PlanSummary | undefined {
  const wanted = foldName(name);
  return plans.find((p) => foldName(p.name) === wanted);
}

export type PlanMatch = { found: PlanSummary } | { found?: undefined; candidates: PlanSummary[] };

/**
 * The plan a name means: the same name (case and å/ä/ö ignored, dashes alike), else the only plan whose
 * name contains it. Otherwise the candidates: those containing it, or none.
 */
export function matchPlan(plans: readonly PlanSummary[], query: string): PlanMatch {
  const wanted = foldName(query);
  const exact = planNamed(plans, query);
  if (exact) return { found: exact };
  const partial = plans.filter((p) => foldName(p.name).includes(wanted));
  if (partial.length === 1) return { found: partial[0] as PlanSummary };
  return { candidates: partial };
}

/** Makes `planId` the group's only active plan. */
export async function activatePlan(db: Db, groupId: number, planId: number): Promise<void> {
  await db.plan.updateMany({
    where: { groupId, active: true, id: { not: planId } },
    data: { active: false },
  });
  await db.plan.update({ where: { id: planId }, data: { active: true } });
}

/**
 * Whether a plan with this period start should become the active one rather than `current`: not when
 * it begins before `current` does (an older period), and not when one of them has no known period.
 */
export function becomesActive(start: LocalDate | undefined, current: PlanSummary | undefined): boolean {
  if (!current) return true;
  const currentStart = periodStart(current);
  if (currentStart === undefined) return true;
  return start !== undefined && start >= currentStart;
}

export interface NewPlan {
  name: string;
  from: LocalDate;
  to: LocalDate;
  now: Date;
}

/** Creates the plan, active, with the principles of `previous` (when there is one); returns its id. */
export async function createPlan(
  db: Db,
  groupId: number,
  plan: NewPlan,
  previous: PlanSummary | undefined,
): Promise<{ id: number; principles: number }> {
  const created = await db.plan.create({
    data: {
      groupId,
      name: plan.name,
      periodFrom: localDateToDateColumn(plan.from),
      periodTo: localDateToDateColumn(plan.to),
      createdAt: plan.now,
    },
    select: { id: true },
  });
  await activatePlan(db, groupId, created.id);
  const principles = previous ? await copyPrinciples(db, previous.id, created.id) : 0;
  return { id: created.id, principles };
}

async function copyPrinciples(db: Db, fromPlanId: number, toPlanId: number): Promise<number> {
  const principles = await db.principle.findMany({
    where: { planId: fromPlanId },
    orderBy: { position: "asc" },
  });
  if (!principles.length) return 0;
  await db.principle.createMany({
    data: principles.map((p) => ({ planId: toPlanId, key: p.key, name: p.name, position: p.position })),
    skipDuplicates: true,
  });
  return principles.length;
}

/** How many activities of the plan are still open (neither klar nor struken). */
export function openActivityCount(db: Db, planId: number): Promise<number> {
  return db.activity.count({ where: { planId, status: { notIn: [...CLOSED_STATUSES] } } });
}

/**
 * Carries the open activities of `fromPlanId` into `toPlanId`: new rows with the same numbers, fields,
 * owners and status, each pointing at the one it continues. Principles are matched by key. Returns how
 * many were carried.
 */
export async function carryOver(db: Db, fromPlanId: number, toPlanId: number, now: Date): Promise<number> {
  const open = await db.activity.findMany({
    where: { planId: fromPlanId, status: { notIn: [...CLOSED_STATUSES] } },
    orderBy: { number: "asc" },
    include: {
      principle: { select: { key: true } },
      owners: { orderBy: [{ createdAt: "asc" }, { memberId: "asc" }] },
    },
  });
  if (!open.length) return 0;
  const principleIds = new Map(
    (await db.principle.findMany({ where: { planId: toPlanId }, select: { id: true, key: true } })).map(
      (p) => [p.key, p.id],
    ),
  );
  const created = await db.activity.createManyAndReturn({
    data: open.map((a) => ({
      planId: toPlanId,
      number: a.number,
      title: a.title,
      description: a.description,
      principleId: a.principle ? (principleIds.get(a.principle.key) ?? null) : null,
      party: a.party,
      commitment: a.commitment,
      responsibleOrg: a.responsibleOrg,
      commissioner: a.commissioner,
      partners: a.partners,
      followUp: a.followUp,
      dueDate: a.dueDate,
      status: a.status,
      statusChangedAt: a.statusChangedAt,
      continuesFromId: a.id,
      createdAt: now,
    })),
    select: { id: true, continuesFromId: true },
  });
  const newId = new Map(created.map((c) => [c.continuesFromId, c.id]));
  const owners = open.flatMap((a) =>
    a.owners.map((o, i) => ({
      activityId: newId.get(a.id) as number,
      memberId: o.memberId,
      // The same order of owners as before.
      createdAt: new Date(now.getTime() + i),
    })),
  );
  if (owners.length) await db.activityOwner.createMany({ data: owners, skipDuplicates: true });
  return created.length;
}

/** Where an activity was carried over from: that plan's name and the activity's number there. */
export async function continuedFrom(
  db: Db,
  activityId: number,
): Promise<{ planName: string; number: number } | undefined> {
  const row = await db.activity.findUnique({
    where: { id: activityId },
    select: { continuesFrom: { select: { number: true, plan: { select: { name: true } } } } },
  });
  const from = row?.continuesFrom;
  return from ? { planName: from.plan.name, number: from.number } : undefined;
}
