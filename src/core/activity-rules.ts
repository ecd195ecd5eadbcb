// When an activity counts as overdue. One rule, used by every list, card, agenda, digest, follow-up,
// report and export; where a query filters by it, services/activity-where.ts (Prisma) and
// db/sql/activity-rules.ts (SQL) say the same.
import { type ActivityStatus, isClosed } from "./activity-status.ts";
import type { LocalDate } from "./local-date.ts";
import type { ActivitySummary } from "./reply.ts";

/** The status people report when an activity is late, whatever its deadline says. */
export const LATE_STATUS: ActivityStatus = "forsenad";

/** Its deadline is before today and it is still open (not klar, not struken), whatever its status. */
export function isPastDeadline(
  dueDate: LocalDate | undefined,
  status: ActivityStatus,
  today: LocalDate,
): boolean {
  return dueDate !== undefined && dueDate < today && !isClosed(status);
}

/** Overdue ("försenad"): reported as försenad, or past its deadline and not closed. */
export function isOverdue(dueDate: LocalDate | undefined, status: ActivityStatus, today: LocalDate): boolean {
  return status === LATE_STATUS || isPastDeadline(dueDate, status, today);
}

/** An activity's summary as every list and card shows it, however it was read. */
export function activitySummary(
  a: Omit<ActivitySummary, "overdue" | "pastDeadline" | "dueDate"> & {
    dueDate?: LocalDate | null | undefined;
  },
  today: LocalDate,
): ActivitySummary {
  const dueDate = a.dueDate ?? undefined;
  return {
    id: a.id,
    number: a.number,
    title: a.title,
    status: a.status,
    ...(dueDate ? { dueDate } : {}),
    overdue: isOverdue(dueDate, a.status, today),
    pastDeadline: isPastDeadline(dueDate, a.status, today),
    owners: a.owners,
  };
}
