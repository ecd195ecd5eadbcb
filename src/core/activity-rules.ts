// When an activity counts as overdue: it has a deadline before today and is still open.
import { type ActivityStatus, isClosed } from "./activity-status.js";
import type { LocalDate } from "./local-date.js";
import type { ActivitySummary } from "./reply.js";

export function isOverdue(dueDate: LocalDate | undefined, status: ActivityStatus, today: LocalDate): boolean {
  return dueDate !== undefined && dueDate < today && !isClosed(status);
}

/** An activity's summary as every list and card shows it, however it was read. */
export function activitySummary(
  a: Omit<ActivitySummary, "overdue" | "dueDate"> & { dueDate?: LocalDate | null | undefined },
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
    owners: a.owners,
  };
}
