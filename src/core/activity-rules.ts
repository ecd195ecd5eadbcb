// When an activity counts as overdue: it has a deadline before today and is still open.
import { type ActivityStatus, isClosed } from "./activity-status.js";
import type { LocalDate } from "./local-date.js";

export function isOverdue(dueDate: LocalDate | undefined, status: ActivityStatus, today: LocalDate): boolean {
  return dueDate !== undefined && dueDate < today && !isClosed(status);
}
