// A short reminder to every channel on the day of a meeting: the council's when its agenda went out on
// an earlier day (an agenda caught up on the meeting day itself is reminder enough), and a working
// group's, which gets no agenda, always.

import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { isWithin, meetingDayOnlyWindow, meetingDayWindow } from "../../core/reminders/schedule.ts";
import { meetingDayReply } from "../../core/replies/reminder-replies.ts";
import { inLocale } from "../../core/reply.ts";
import { instantAt } from "../../core/zoned-time.ts";
import type { Meeting } from "../../db/generated/client.ts";
import { toMeetingView } from "../../services/meetings.ts";
import { textsFor } from "../../texts/index.ts";
import type { Candidate } from "../candidate.ts";
import type { GroupSweep, SchedulerJob } from "../job.ts";
import { meetingTime } from "../meeting-data.ts";

function councilMeetingDue({ ctx, next, agendaPostedAt }: GroupSweep, now: Date): Meeting | undefined {
  if (!next) return undefined;
  const { group, settings } = ctx;
  const time = meetingTime(next, group.timeZone);
  const day = meetingDayWindow(time, settings.agenda, group.timeZone);
  if (!day || !isWithin(day, now)) return undefined;
  const agendaEarlier =
    !settings.agenda.enabled ||
    (agendaPostedAt !== undefined && agendaPostedAt < instantAt(time.date, "00:00", group.timeZone));
  return agendaEarlier ? next : undefined;
}

export const meetingDayJob: SchedulerJob = {
  name: "meeting-day",
  due(sweep, { now }): Candidate[] {
    const { ctx, workingGroupMeetings } = sweep;
    const { group, settings } = ctx;
    const council = councilMeetingDue(sweep, now);
    const today = workingGroupMeetings.filter((m) => {
      const day = meetingDayOnlyWindow(meetingTime(m, group.timeZone), settings.agenda, group.timeZone);
      return day !== undefined && isWithin(day, now);
    });
    const t = textsFor(group.locale);
    return [...(council ? [council] : []), ...today].flatMap((meeting) => {
      const view = toMeetingView(meeting, group.timeZone);
      return ctx.channelTargets.map((target) => ({
        kind: "meeting-day" as const,
        dedupeKey: dedupeKey(notificationKey.meetingDay(meeting.id), target),
        groupId: group.id,
        meetingId: meeting.id,
        target,
        build: () => ({ reply: inLocale(meetingDayReply(t, view), t.locale) }),
      }));
    });
  },
};
