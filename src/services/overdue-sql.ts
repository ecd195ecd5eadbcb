// The overdue rule of core/activity-rules.ts (`isOverdue`) for queries that filter by it: as a Prisma
// where clause and as an SQL condition. Both are built from the same constants as the rule, and an
// integration test compares all three on both databases, status by status and date by date.
import { LATE_STATUS } from "../core/activity-rules.ts";
import { CLOSED_STATUSES } from "../core/activity-status.ts";
import type { LocalDate } from "../core/local-date.ts";
import { localDateToDateColumn } from "../core/zoned-time.ts";
import { Prisma } from "../db/generated/client.ts";

/** Activities that are overdue on `today`: status försenad, or a deadline before today and still open. */
export function overdueWhere(today: LocalDate): Prisma.ActivityWhereInput {
  return {
    OR: [
      { status: LATE_STATUS },
      { dueDate: { lt: localDateToDateColumn(today) }, status: { notIn: [...CLOSED_STATUSES] } },
    ],
  };
}

/** Open activities (neither klar nor struken). */
export function openWhere(): Prisma.ActivityWhereInput {
  return { status: { notIn: [...CLOSED_STATUSES] } };
}

/** The same condition in SQL, on the `activities` table under the alias `alias` (a constant, never input). */
export function overdueSql(today: LocalDate, alias = "a"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const closed = Prisma.join(CLOSED_STATUSES.map((s) => Prisma.sql`${s}::"ActivityStatus"`));
  return Prisma.sql`(${column("status")} = ${LATE_STATUS}::"ActivityStatus"
    OR (${column("due_date")} < ${today}::date AND ${column("status")} NOT IN (${closed})))`;
}
