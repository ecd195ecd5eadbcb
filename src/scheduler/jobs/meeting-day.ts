// A short reminder to every channel on the day of a meeting, when its agenda went out on an earlier
// day; an agenda caught up on the meeting day itself is reminder enough.
import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { isWithin, meetingDayWindow } from "../../core/reminders/schedule.ts";
import { meetingDayReply } from "../../core/replies/reminder-replies.ts";
import { instantAt } from "../../core/zoned-time.ts";
import { toMeetingView } from "../../services/meetings.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";
import { meetingTime } from "../meeting-data.ts";

export const meetingDayJob: SchedulerJob = {
  name: "meeting-day",
  due({ ctx, next, agendaPostedAt }, sweep): Candidate[] {
    if (!next) return [];
    const { group, settings } = ctx;
    const time = meetingTime(next, group.timeZone);
    const day = meetingDayWindow(time, settings.agenda, group.timeZone);
    if (!day || !isWithin(day, sweep.now)) return [];
    const agendaEarlier =
      !settings.agenda.enabled ||
      (agendaPostedAt !== undefined && agendaPostedAt < instantAt(time.date, "00:00", group.timeZone));
    if (!agendaEarlier) return [];
    const view = toMeetingView(next, group.timeZone);
    return ctx.channelTargets.map((target) => ({
      kind: "meeting-day" as const,
      dedupeKey: dedupeKey(notificationKey.meetingDay(next.id), target),
      groupId: group.id,
      meetingId: next.id,
      target,
      build: () => ({ reply: meetingDayReply(view) }),
    }));
  },
};
