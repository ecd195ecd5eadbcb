// The core's activity rules (core/activity-status.ts, core/activity-rules.ts) as SQL conditions on the
// `activities` table, built from the same constants, so a query filtering by them cannot drift from
// the rule. An integration test compares them with the core on both databases.
import { LATE_STATUS } from "../../core/activity-rules.ts";
import { CLOSED_STATUSES } from "../../core/activity-status.ts";
import type { LocalDate } from "../../core/local-date.ts";
import { Prisma } from "../generated/client.ts";

/** `alias.name`; the alias is a constant of the calling query, never input. */
const column = (alias: string, name: string) => Prisma.raw(`${alias}.${name}`);

/** Closed (klar or struken) activities: `isClosed` in SQL. */
export function closedSql(alias = "a"): Prisma.Sql {
  const closed = Prisma.join(CLOSED_STATUSES.map((s) => Prisma.sql`${s}::"ActivityStatus"`));
  return Prisma.sql`${column(alias, "status")} IN (${closed})`;
}

/** Overdue activities on `today`: `isOverdue` in SQL. */
export function overdueSql(today: LocalDate, alias = "a"): Prisma.Sql {
  return Prisma.sql`(${column(alias, "status")} = ${LATE_STATUS}::"ActivityStatus"
    OR (${column(alias, "due_date")} < ${today}::date AND NOT ${closedSql(alias)}))`;
}
