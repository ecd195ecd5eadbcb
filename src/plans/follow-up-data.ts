// The annual follow-up ("statusrapportering av aktiviteter") as data: one row per activity with its
// latest update, the full status history, and the core's per-principle report.

import { isOverdue, isPastDeadline } from "../core/activity-rules.ts";
import type { ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import type { LocalDate } from "../core/local-date.ts";
import type { Report } from "../core/replies/report.ts";
import { dateColumnToLocalDate, wallClockAt } from "../core/zoned-time.ts";
import type { GroupRef } from "../services/actor.ts";
import type { Db } from "../services/deps.ts";
import type { PlanRef } from "../services/groups.ts";
import { planReport } from "../services/report.ts";

export interface FollowUpActivity {
  number: number;
  principle?: string;
  party: Party;
  title: string;
  commitment?: string;
  responsibleOrg?: string;
  commissioner?: string;
  partners?: string;
  followUp?: string;
  owners: string[];
  dueDate?: LocalDate;
  status: ActivityStatus;
  /** Overdue by the one rule: status försenad, or past the deadline and open. */
  overdue: boolean;
  /** Open and past the deadline, whatever the status. */
  pastDeadline: boolean;
  latest?: { on: LocalDate; status: ActivityStatus; comment?: string; author?: string };
}

export interface FollowUpEvent {
  number: number;
  title: string;
  /** Group time, "2026-11-23 10:00". */
  at: string;
  status: ActivityStatus;
  comment?: string;
  author?: string;
  /** As stored: "slack", "console", "import", …; the file names it in its own language. */
  source: string;
}

export interface FollowUp {
  groupName: string;
  planName: string;
  today: LocalDate;
  activities: FollowUpActivity[];
  history: FollowUpEvent[];
  report: Report;
}

export async function loadFollowUp(
  db: Db,
  group: GroupRef,
  plan: PlanRef,
  today: LocalDate,
): Promise<FollowUp> {
  const [rows, report] = await Promise.all([
    db.activity.findMany({
      where: { planId: plan.id },
      orderBy: { number: "asc" },
      include: {
        principle: { select: { name: true } },
        owners: { include: { member: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
        statusUpdates: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { author: { select: { name: true } } },
        },
      },
    }),
    planReport(db, group, plan, today),
  ]);
  const history: FollowUpEvent[] = [];
  const activities = rows.map((r): FollowUpActivity => {
    const dueDate = r.dueDate ? dateColumnToLocalDate(r.dueDate) : undefined;
    for (const u of r.statusUpdates) {
      const local = wallClockAt(u.createdAt, group.timeZone);
      history.push({
        number: r.number,
        title: r.title,
        at: `${local.date} ${local.time}`,
        status: u.status,
        ...(u.comment ? { comment: u.comment } : {}),
        ...(u.author ? { author: u.author.name } : {}),
        source: u.source,
      });
    }
    const last = r.statusUpdates.at(-1);
    return {
      number: r.number,
      ...(r.principle ? { principle: r.principle.name } : {}),
      party: r.party,
      title: r.title,
      ...(r.commitment ? { commitment: r.commitment } : {}),
      ...(r.responsibleOrg ? { responsibleOrg: r.responsibleOrg } : {}),
      ...(r.commissioner ? { commissioner: r.commissioner } : {}),
      ...(r.partners ? { partners: r.partners } : {}),
      ...(r.followUp ? { followUp: r.followUp } : {}),
      owners: r.owners.map((o) => o.member.name),
      ...(dueDate ? { dueDate } : {}),
      status: r.status,
      overdue: isOverdue(dueDate, r.status, today),
      pastDeadline: isPastDeadline(dueDate, r.status, today),
      ...(last
        ? {
            latest: {
              on: wallClockAt(last.createdAt, group.timeZone).date,
              status: last.status,
              ...(last.comment ? { comment: last.comment } : {}),
              ...(last.author ? { author: last.author.name } : {}),
            },
          }
        : {}),
    };
  });
  return { groupName: group.name, planName: plan.name, today, activities, history, report };
}
