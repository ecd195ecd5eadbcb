// Reminders about tasks (uppdrag) to the person each is for, by the same rules as an activity's
// deadline: the group's offsets before the date, the day itself, then weekly while not done, on
// working days at the group's reminder time. A task for someone who is not a member gets none (it is
// in the next agenda); a closed task gets none.

import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { isQuiet, reminderOffsetOn, reminderWindow } from "../../core/reminders/schedule.ts";
import { taskReminderReply } from "../../core/replies/reminder-replies.ts";
import { inLocale } from "../../core/reply.ts";
import { textsFor } from "../../texts/index.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";

export const taskReminderJob: SchedulerJob = {
  name: "task-reminder",
  due({ ctx, tasks }, sweep): Candidate[] {
    const { today, settings } = ctx;
    if (tasks.length === 0) return [];
    if (reminderWindow(today, settings.reminders, ctx.group.timeZone).sendAt > sweep.now) return [];
    const t = textsFor(ctx.group.locale);
    const candidates: Candidate[] = [];
    for (const task of tasks) {
      const due = reminderOffsetOn(task.dueDate, today, settings.reminders);
      if (!due) continue;
      const member = sweep.members.get(task.memberId);
      if (!member || isQuiet(member.quietUntil, today)) continue;
      const target = { type: "member" as const, groupId: ctx.group.id, memberId: task.memberId };
      candidates.push({
        // A reminder like an activity's: the dispatcher leaves it unsent for someone who went quiet.
        kind: "reminder",
        dedupeKey: dedupeKey(notificationKey.taskReminder(task.id, task.dueDate, due.offset), target),
        groupId: ctx.group.id,
        target,
        build: () => ({ reply: inLocale(taskReminderReply(t, task, today), t.locale) }),
      });
    }
    return candidates;
  },
};
