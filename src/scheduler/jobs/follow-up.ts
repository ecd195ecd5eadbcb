// The next working day after a meeting: each owner of an overdue activity is asked how it goes.
import { activitySummary, isOverdue } from "../../core/activity-rules.ts";
import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { followUpWindow, isQuiet, isWithin, wantsReminders } from "../../core/reminders/schedule.ts";
import { followUpReply } from "../../core/replies/reminder-replies.ts";
import { toMeetingView } from "../../services/meetings.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";
import { meetingTime } from "../meeting-data.ts";

export const followUpJob: SchedulerJob = {
  name: "followup",
  due({ ctx, last, rows }, sweep): Candidate[] {
    const { group, settings, today } = ctx;
    if (!last || !settings.agenda.followUp || !settings.reminders.enabled) return [];
    const window = followUpWindow(meetingTime(last, group.timeZone), settings.agenda, group.timeZone);
    if (!isWithin(window, sweep.now)) return [];
    const view = toMeetingView(last, group.timeZone);
    const candidates: Candidate[] = [];
    for (const row of rows) {
      if (!isOverdue(row.dueDate, row.status, today) || !wantsReminders(row.status)) continue;
      for (const memberId of row.ownerIds) {
        const member = sweep.members.get(memberId);
        if (!member || isQuiet(member.quietUntil, today)) continue;
        const target = { type: "member" as const, groupId: group.id, memberId };
        candidates.push({
          kind: "followup",
          dedupeKey: dedupeKey(notificationKey.followUp(last.id, row.id), target),
          groupId: group.id,
          meetingId: last.id,
          target,
          activityId: row.id,
          build: () => ({ reply: followUpReply(activitySummary(row, today), view) }),
        });
      }
    }
    return candidates;
  },
};
