// The year's follow-up round by direct message: as soon as a round is open, each member is asked once
// to assess the goals (and for lessons learned), and each responsible person once about their
// activities; then, while something is missing, a reminder a week after the opening and every week
// after (on the first working day from then), and on the last working day up to the closing date, at
// the group's reminder time. `tyst` holds everything back; a member who has answered everything is
// not reminded; nothing goes out after the closing date or once the round is closed.

import { addDays } from "../../core/calendar.ts";
import type { LocalDate } from "../../core/local-date.ts";
import { dedupeKey } from "../../core/reminders/keys.ts";
import { isQuiet, isWithin, reminderWindow } from "../../core/reminders/schedule.ts";
import {
  isWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "../../core/reminders/working-days.ts";
import { type RequestInput, roundRequestReply } from "../../core/replies/round-replies.ts";
import { inLocale } from "../../core/reply.ts";
import { missingOf, type RoundState } from "../../services/follow-up-round.ts";
import { textsFor } from "../../texts/index.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";

export const roundKey = {
  goals: (roundId: number) => `round:${roundId}:goals`,
  activities: (roundId: number) => `round:${roundId}:activities`,
  reminder: (roundId: number, date: LocalDate) => `round:${roundId}:reminder:${date}`,
};

/** Whether `today` is one of the round's reminder days (see the file's comment). */
export function isRoundReminderDay(
  openedOn: LocalDate,
  closesOn: LocalDate | undefined,
  today: LocalDate,
): boolean {
  if (today <= openedOn || !isWorkingDay(today)) return false;
  if (closesOn && today > closesOn) return false;
  if (closesOn && workingDayOnOrBefore(closesOn) === today) return true;
  for (let k = 1; addDays(openedOn, 7 * k) <= today; k++) {
    const day = workingDayOnOrAfter(addDays(openedOn, 7 * k));
    if (day === today) return true;
    if (day > today) break;
  }
  return false;
}

export const followUpRoundJob: SchedulerJob = {
  name: "round",
  due({ ctx, round }, sweep): Candidate[] {
    if (!round) return [];
    const state: RoundState = round;
    const { group, settings, today } = ctx;
    const { round: r } = state;
    if (r.closedOn || (r.closesOn && today > r.closesOn)) return [];
    const t = textsFor(group.locale);
    const base = {
      year: r.year,
      planName: r.planName,
      ...(r.closesOn ? { closesOn: r.closesOn } : {}),
    };
    const message = (input: RequestInput) => ({ reply: inLocale(roundRequestReply(t, input), t.locale) });
    const activityView = (a: RoundState["activities"][number]) => ({
      number: a.number,
      title: a.title,
      status: a.status,
      ...(a.followUp ? { followUp: a.followUp } : {}),
    });
    const remindToday =
      settings.reminders.enabled &&
      isWithin(reminderWindow(today, settings.reminders, group.timeZone), sweep.now) &&
      isRoundReminderDay(r.openedOn, r.closesOn, today);
    const candidates: Candidate[] = [];
    for (const member of state.members) {
      if (isQuiet(member.quietUntil, today)) continue;
      const target = { type: "member" as const, groupId: group.id, memberId: member.id };
      const missing = missingOf(state, member.id);
      const common = { groupId: group.id, target };
      if (state.goals.length)
        candidates.push({
          ...common,
          kind: "round",
          dedupeKey: dedupeKey(roundKey.goals(r.id), target),
          build: () => message({ ...base, activities: [], goals: state.goals, lessons: true }),
        });
      if (missing.owned.length)
        candidates.push({
          ...common,
          kind: "round",
          dedupeKey: dedupeKey(roundKey.activities(r.id), target),
          activityIds: missing.owned.map((a) => a.id),
          build: () => message({ ...base, activities: missing.owned.map(activityView), goals: [] }),
        });
      if (remindToday && (missing.goals.length || missing.texts.length))
        candidates.push({
          ...common,
          kind: "round-reminder",
          dedupeKey: dedupeKey(roundKey.reminder(r.id, today), target),
          build: () =>
            message({
              ...base,
              activities: missing.texts.map(activityView),
              goals: missing.goals,
              reminder: { goals: missing.goals.length, texts: missing.texts.length },
            }),
        });
    }
    return candidates;
  },
};
