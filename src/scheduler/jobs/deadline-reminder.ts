// Deadline reminders to each owner: offsets before the deadline, the day itself, then weekly while
// overdue, on working days at the group's reminder time. Only today's reminder is relevant: one missed
// while the bot was down is not replayed (the activity is in the weekly digest anyway).

import { activitySummary } from "../../core/activity-rules.ts";
import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { deadlineReminderOn, isQuiet, reminderWindow } from "../../core/reminders/schedule.ts";
import { deadlineReminderReply } from "../../core/replies/reminder-replies.ts";
import { inLocale } from "../../core/reply.ts";
import { textsFor } from "../../texts/index.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";
import { followUpJob } from "./follow-up.ts";

/** Each activity and member a reminder or follow-up is about. */
const pairKeys = (c: Candidate) =>
  (c.activityIds ?? []).map((id) => `${id}|${c.target.type === "member" ? c.target.memberId : ""}`);

export const deadlineReminderJob: SchedulerJob = {
  name: "reminder",
  due(group, sweep): Candidate[] {
    const { ctx, rows } = group;
    const { today, settings } = ctx;
    if (reminderWindow(today, settings.reminders, ctx.group.timeZone).sendAt > sweep.now) return [];
    // A weekly overdue reminder on the day of a follow-up about the same activity would say it twice.
    const followedUp = new Set(followUpJob.due(group, sweep).flatMap(pairKeys));
    const candidates: Candidate[] = [];
    for (const row of rows) {
      const { dueDate } = row;
      if (!dueDate || row.ownerIds.length === 0) continue;
      const due = deadlineReminderOn({ dueDate, status: row.status }, today, settings.reminders);
      if (!due) continue;
      const notification = notificationKey.reminder(row.id, dueDate, due.offset);
      for (const memberId of row.ownerIds) {
        const member = sweep.members.get(memberId);
        if (!member || isQuiet(member.quietUntil, today)) continue;
        const target = { type: "member" as const, groupId: ctx.group.id, memberId };
        const candidate: Candidate = {
          kind: "reminder",
          dedupeKey: dedupeKey(notification, target),
          groupId: ctx.group.id,
          target,
          activityIds: [row.id],
          build: () => ({
            reply: inLocale(
              deadlineReminderReply(
                textsFor(ctx.group.locale),
                { ...activitySummary(row, today), dueDate },
                today,
              ),
              textsFor(ctx.group.locale).locale,
            ),
          }),
        };
        if (!pairKeys(candidate).some((k) => followedUp.has(k))) candidates.push(candidate);
      }
    }
    return candidates;
  },
};
