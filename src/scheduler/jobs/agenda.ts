// The agenda of a group's next meeting, posted to every channel some working days before it.
import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { agendaWindow, isWithin } from "../../core/reminders/schedule.ts";
import { agendaPostReply } from "../../core/replies/reminder-replies.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";
import { meetingTime } from "../meeting-data.ts";

export const agendaJob: SchedulerJob = {
  name: "agenda",
  due({ ctx, next }, sweep): Candidate[] {
    const { group, settings } = ctx;
    if (!next || !settings.agenda.enabled) return [];
    if (
      !isWithin(agendaWindow(meetingTime(next, group.timeZone), settings.agenda, group.timeZone), sweep.now)
    )
      return [];
    // Gathered as of now, once for all the group's channels: the items and the plan as they are today.
    const build = async () => ({ reply: agendaPostReply(await sweep.agendaOf(group.id)) });
    return ctx.channelTargets.map((target) => ({
      kind: "agenda" as const,
      dedupeKey: dedupeKey(notificationKey.agenda(next.id), target),
      groupId: group.id,
      meetingId: next.id,
      target,
      build,
    }));
  },
};
