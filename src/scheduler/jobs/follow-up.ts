// The next working day after a meeting: each owner of overdue activities is asked, in one message,
// how they go.

import { activitySummary, isOverdue } from "../../core/activity-rules.ts";
import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { followUpWindow, isQuiet, isWithin, wantsReminders } from "../../core/reminders/schedule.ts";
import { followUpReply } from "../../core/replies/reminder-replies.ts";
import { inLocale } from "../../core/reply.ts";
import type { ActivityRow } from "../../db/sql/activities.ts";
import { toMeetingView } from "../../services/meetings.ts";
import { textsFor } from "../../texts/index.ts";
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
    // One message per person, listing every overdue activity they are responsible for.
    const byMember = new Map<number, ActivityRow[]>();
    for (const row of rows) {
      if (!isOverdue(row.dueDate, row.status, today) || !wantsReminders(row.status)) continue;
      for (const memberId of row.ownerIds) {
        const member = sweep.members.get(memberId);
        if (!member || isQuiet(member.quietUntil, today)) continue;
        byMember.set(memberId, [...(byMember.get(memberId) ?? []), row]);
      }
    }
    const candidates: Candidate[] = [];
    for (const [memberId, owned] of byMember) {
      const target = { type: "member" as const, groupId: group.id, memberId };
      const t = textsFor(group.locale);
      candidates.push({
        kind: "followup",
        dedupeKey: dedupeKey(notificationKey.followUp(last.id), target),
        groupId: group.id,
        meetingId: last.id,
        target,
        activityIds: owned.map((r) => r.id),
        build: () => ({
          reply: inLocale(
            followUpReply(
              t,
              owned.map((r) => activitySummary(r, today)),
              view,
            ),
            t.locale,
          ),
        }),
      });
    }
    return candidates;
  },
};
