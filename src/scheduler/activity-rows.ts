// The activities a sweep looks at, with their owners, in one query for all groups (no per-activity
// round trips): open ones with a deadline up to `dueUntil` (reminders, the digest's "due soon"), the
// overdue ones by the rule of core/activity-rules.ts as of `overdueOn` (follow-ups, the digest's and
// the agenda's "overdue": status försenad counts whatever the deadline), and any whose status changed
// after `changedAfter` (the digest's "updated").
import { activitySummary, isOverdue } from "../core/activity-rules.ts";
import type { ActivityStatus } from "../core/activity-status.ts";
import type { LocalDate } from "../core/local-date.ts";
import type { ActivitySummary } from "../core/reply.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { overdueSql } from "../services/overdue-sql.ts";

export interface ActivityRow {
  id: number;
  number: number;
  title: string;
  status: ActivityStatus;
  dueDate?: LocalDate;
  statusChangedAt?: Date;
  planId: number;
  ownerIds: number[];
  ownerNames: string[];
}

export interface RowSelection {
  /** Open activities with a deadline up to this day. */
  dueUntil: LocalDate;
  /** Overdue activities as of this day: the earliest "today" among the groups swept. */
  overdueOn: LocalDate;
  /** Any activity whose status changed after this instant. */
  changedAfter?: Date | undefined;
}

export async function loadActivityRows(
  prisma: PrismaClient,
  planIds: readonly number[],
  { dueUntil, overdueOn, changedAfter }: RowSelection,
): Promise<ActivityRow[]> {
  if (planIds.length === 0) return [];
  const changed = changedAfter
    ? Prisma.sql`OR a.status_changed_at > ${changedAfter.toISOString()}::timestamp(3)`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<
    {
      id: number;
      number: number;
      title: string;
      status: string;
      due: string | null;
      changed_at: string | null;
      plan_id: number;
      owner_ids: string | null;
      owner_names: string | null;
    }[]
  >`
    SELECT a.id, a.number, a.title, a.status::text AS status,
           to_char(a.due_date, 'YYYY-MM-DD') AS due,
           to_char(a.status_changed_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS changed_at,
           a.plan_id,
           string_agg(o.member_id::text, ',' ORDER BY o.created_at, o.member_id) AS owner_ids,
           string_agg(replace(m.name, chr(31), ' '), chr(31) ORDER BY o.created_at, o.member_id) AS owner_names
      FROM activities a
      LEFT JOIN activity_owners o ON o.activity_id = a.id
      LEFT JOIN members m ON m.id = o.member_id
     WHERE a.plan_id IN (${Prisma.join(planIds as number[])})
       AND ((a.due_date IS NOT NULL AND a.due_date <= ${dueUntil}::date AND a.status NOT IN ('klar', 'struken'))
            OR ${overdueSql(overdueOn)}
            ${changed})
     GROUP BY a.id`;
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status as ActivityStatus,
    ...(r.due ? { dueDate: r.due } : {}),
    ...(r.changed_at ? { statusChangedAt: new Date(r.changed_at) } : {}),
    planId: r.plan_id,
    ownerIds: r.owner_ids ? r.owner_ids.split(",").map(Number) : [],
    ownerNames: r.owner_names ? r.owner_names.split("\x1f") : [],
  }));
}

export function rowSummary(row: ActivityRow, today: LocalDate): ActivitySummary {
  return activitySummary({ ...row, owners: row.ownerNames }, today);
}

export function isRowOverdue(row: ActivityRow, today: LocalDate): boolean {
  return isOverdue(row.dueDate, row.status, today);
}
