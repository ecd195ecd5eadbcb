// The core's activity rules as Prisma where clauses, built from the same constants as `isClosed` and
// `isOverdue`; db/sql/activity-rules.ts says the same in SQL. An integration test compares all three
// on both databases, status by status and date by date.
import { LATE_STATUS } from "../core/activity-rules.ts";
import { CLOSED_STATUSES } from "../core/activity-status.ts";
import type { LocalDate } from "../core/local-date.ts";
import { localDateToDateColumn } from "../core/zoned-time.ts";
import type { Prisma } from "../db/generated/client.ts";

/** Activities that are overdue on `today`: status försenad, or a deadline before today and still open. */
export function overdueWhere(today: LocalDate): Prisma.ActivityWhereInput {
  return {
    OR: [{ status: LATE_STATUS }, { dueDate: { lt: localDateToDateColumn(today) }, ...openWhere() }],
  };
}

/** Open activities (not closed). */
export function openWhere(): Prisma.ActivityWhereInput {
  return { status: { notIn: [...CLOSED_STATUSES] } };
}
