// Deadline reminders to each owner: offsets before the deadline, the day itself, then weekly while
// overdue, on working days at the group's reminder time. Only today's reminder is relevant: one missed
// while the bot was down is not replayed (the activity is in the weekly digest anyway).

import { dedupeKey, notificationKey } from "../core/reminders/keys.ts";
import { deadlineReminderOn, isQuiet, reminderWindow } from "../core/reminders/schedule.ts";
import { deadlineReminderReply } from "../core/replies/reminder-replies.ts";
import { inLocale } from "../core/reply.ts";
import { textsFor } from "../texts/index.ts";
import { type ActivityRow, rowSummary } from "./activity-rows.ts";
import type { Candidate } from "./candidate.ts";
import type { GroupContext, MemberInfo } from "./sweep-context.ts";

export function deadlineReminderCandidates(
  contextOfPlan: ReadonlyMap<number, GroupContext>,
  rows: readonly ActivityRow[],
  members: ReadonlyMap<number, MemberInfo>,
  now: Date,
): Candidate[] {
  const open = new Map<number, boolean>();
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const ctx = contextOfPlan.get(row.planId);
    const { dueDate } = row;
    if (!ctx || !dueDate || row.ownerIds.length === 0) continue;
    let isOpen = open.get(ctx.group.id);
    if (isOpen === undefined) {
      isOpen = reminderWindow(ctx.today, ctx.settings.reminders, ctx.group.timeZone).sendAt <= now;
      open.set(ctx.group.id, isOpen);
    }
    if (!isOpen) continue;
    const due = deadlineReminderOn({ dueDate, status: row.status }, ctx.today, ctx.settings.reminders);
    if (!due) continue;
    const notification = notificationKey.reminder(row.id, dueDate, due.offset);
    for (const memberId of row.ownerIds) {
      const member = members.get(memberId);
      if (!member || isQuiet(member.quietUntil, ctx.today)) continue;
      const target = { type: "member" as const, groupId: ctx.group.id, memberId };
      candidates.push({
        kind: "reminder",
        dedupeKey: dedupeKey(notification, target),
        groupId: ctx.group.id,
        target,
        activityId: row.id,
        build: () => ({
          reply: inLocale(
            deadlineReminderReply(
              textsFor(ctx.group.locale),
              { ...rowSummary(row, ctx.today), dueDate },
              ctx.today,
            ),
            textsFor(ctx.group.locale).locale,
          ),
        }),
      });
    }
  }
  return candidates;
}
