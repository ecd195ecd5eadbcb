// Reading activities into the core's views: one query per view, owners and updates included.
import { activitySummary } from "../core/activity-rules.ts";
import type { ActivityStatus } from "../core/activity-status.ts";
import type { ListFilter } from "../core/command.ts";
import { DomainError } from "../core/domain-error.ts";
import type { LocalDate } from "../core/local-date.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { ActivitySummary, ActivityView, UpdateView } from "../core/reply.ts";
import { dateColumnToLocalDate, wallClockAt } from "../core/zoned-time.ts";
import type { Prisma } from "../db/generated/client.ts";
import { type CardRow, readCard } from "../db/sql/activities.ts";
import { overdueWhere } from "./activity-where.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import type { PlanRef } from "./groups.ts";

/** Owners in the order they were added (then by member), the same in every list. */
export const summaryInclude = {
  owners: {
    include: { member: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { memberId: "asc" }],
  },
} satisfies Prisma.ActivityInclude;

type SummaryRow = Prisma.ActivityGetPayload<{ include: typeof summaryInclude }>;

export function toSummary(row: SummaryRow, today: LocalDate): ActivitySummary {
  return activitySummary(
    {
      ...row,
      dueDate: row.dueDate ? dateColumnToLocalDate(row.dueDate) : undefined,
      owners: row.owners.map((o) => o.member.name),
    },
    today,
  );
}

/** The activity with this number in the plan, or a domain error listing the numbers that exist. */
export async function requireActivity(
  db: Db,
  plan: PlanRef,
  number: number,
): Promise<{ id: number; title: string; status: ActivityStatus }> {
  const found = await db.activity.findUnique({
    where: { planId_number: { planId: plan.id, number } },
    select: { id: true, title: true, status: true },
  });
  if (found) return found;
  const numbers = await db.activity.findMany({ where: { planId: plan.id }, select: { number: true } });
  throw new DomainError({
    code: "activity_not_found",
    number,
    planName: plan.name,
    numbers: numbers.map((n) => n.number),
  });
}

export function toUpdateView(
  u: {
    status: UpdateView["status"];
    comment: string | null;
    createdAt: Date;
    author: { name: string } | null;
  },
  timeZone: string,
): UpdateView {
  const local = wallClockAt(u.createdAt, timeZone);
  return {
    status: u.status,
    ...(u.comment ? { comment: u.comment } : {}),
    ...(u.author ? { author: u.author.name } : {}),
    at: u.createdAt.toISOString(),
    atLocal: `${local.date} ${local.time}`,
  };
}

/** The card as the core shows it. */
export function cardView(row: CardRow, group: GroupRef, plan: PlanRef, today: LocalDate): ActivityView {
  const opt = <K extends string>(key: K, value: string | null) =>
    (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
  return {
    ...activitySummary(row, today),
    planName: plan.name,
    party: row.party,
    ...opt("principle", row.principle),
    ...opt("commitment", row.commitment),
    ...opt("description", row.description),
    ...opt("responsibleOrg", row.responsibleOrg),
    ...opt("commissioner", row.commissioner),
    ...opt("partners", row.partners),
    ...opt("followUp", row.followUp),
    updates: (row.updates ?? []).map((u) =>
      toUpdateView(
        {
          status: u.status,
          comment: u.comment,
          // A timestamp(3) column holds UTC; json gives it without a zone.
          createdAt: new Date(`${u.createdAt}Z`),
          author: u.author === null ? null : { name: u.author },
        },
        group.timeZone,
      ),
    ),
  };
}

/** Throws activity_not_found, listing the numbers that exist. */
export async function activityNotFound(db: Db, plan: PlanRef, number: number): Promise<never> {
  await requireActivity(db, plan, number);
  throw new Error(`activity ${number} vanished`);
}

export async function activityView(
  db: Db,
  group: GroupRef,
  plan: PlanRef,
  number: number,
  today: LocalDate,
  updateCount = 3,
): Promise<ActivityView> {
  const row = await readCard(db, plan.id, number, updateCount);
  if (!row) return activityNotFound(db, plan, number);
  return cardView(row, group, plan, today);
}

/** Activities of the plan matching a `lista` filter, by number. */
export async function listActivities(
  db: Db,
  plan: PlanRef,
  filter: ListFilter,
  actor: Actor,
  today: LocalDate,
): Promise<{ items: ActivitySummary[]; principleName?: string }> {
  const where: Prisma.ActivityWhereInput = { planId: plan.id };
  let principleName: string | undefined;
  switch (filter.type) {
    case "mine":
      where.owners = { some: { memberId: actor.memberId } };
      break;
    case "overdue":
      where.AND = [overdueWhere(today)];
      break;
    case "party":
      where.party = filter.party;
      break;
    case "status":
      where.status = filter.status;
      break;
    case "principle": {
      const principle = await findPrinciple(db, plan, filter.query);
      where.principleId = principle.id;
      principleName = principle.name;
      break;
    }
    case "all":
      break;
  }
  const rows = await db.activity.findMany({ where, include: summaryInclude, orderBy: { number: "asc" } });
  const items = rows.map((r) => toSummary(r, today));
  // Overdue first in "mine", so the list starts with what needs doing.
  if (filter.type === "mine")
    items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.number - b.number);
  return { items, ...(principleName ? { principleName } : {}) };
}

/**
 * The principle a typed word names, as `lista <princip>` reads it: its key or name (å/ä/ö-insensitive),
 * else the first whose name has a word starting with it.
 */
export function matchPrinciple<P extends { key: string; name: string }>(
  principles: readonly P[],
  query: string,
): P | undefined {
  const wanted = normalizeForMatch(query);
  return (
    principles.find((p) => p.key === wanted || normalizeForMatch(p.name) === wanted) ??
    principles.find((p) =>
      normalizeForMatch(p.name)
        .split(/\s+/)
        .some((w) => w.startsWith(wanted)),
    )
  );
}

async function findPrinciple(db: Db, plan: PlanRef, query: string): Promise<{ id: number; name: string }> {
  const principles = await db.principle.findMany({
    where: { planId: plan.id },
    orderBy: { position: "asc" },
  });
  const match = matchPrinciple(principles, query);
  if (!match) {
    throw new DomainError({ code: "principle_not_found", query, principles: principles.map((p) => p.name) });
  }
  return match;
}
