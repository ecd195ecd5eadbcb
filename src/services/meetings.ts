// Meetings and agenda items: creating them, and gathering what an agenda needs.

import { addDays } from "../core/calendar.js";
import { DomainError } from "../core/domain-error.js";
import { formatDate } from "../core/labels.js";
import type { LocalDate, LocalTime } from "../core/local-date.js";
import type { Agenda, MeetingView } from "../core/replies/meeting-replies.js";
import { instantAt, localDateToDateColumn, wallClockAt } from "../core/zoned-time.js";
import type { Meeting } from "../db/generated/client.ts";
import { summaryInclude, toSummary } from "./activities.js";
import type { Actor, GroupRef } from "./actor.js";
import type { Db } from "./deps.js";
import type { PlanRef } from "./groups.js";
import { openWhere, overdueWhere } from "./overdue-sql.js";

/** When no later meeting is planned, "due before the next meeting" looks this far ahead. */
export const AGENDA_HORIZON_DAYS = 90;

export function toMeetingView(m: Meeting, timeZone: string): MeetingView {
  const start = wallClockAt(m.startsAt, timeZone);
  return {
    id: m.id,
    title: m.title,
    date: start.date,
    start: start.time,
    ...(m.endsAt ? { end: wallClockAt(m.endsAt, timeZone).time } : {}),
    ...(m.place ? { place: m.place } : {}),
  };
}

export async function createMeeting(
  db: Db,
  group: GroupRef,
  input: { date: LocalDate; start: LocalTime; end?: LocalTime; place?: string; title?: string },
  now: Date,
): Promise<MeetingView> {
  const startsAt = instantAt(input.date, input.start, group.timeZone);
  if (startsAt < now)
    throw new DomainError({ code: "meeting_in_past", when: `${formatDate(input.date)} kl. ${input.start}` });
  let endsAt = input.end ? instantAt(input.date, input.end, group.timeZone) : null;
  if (endsAt && endsAt <= startsAt)
    endsAt = instantAt(addDays(input.date, 1), input.end as LocalTime, group.timeZone);
  const meeting = await db.meeting.create({
    data: {
      groupId: group.id,
      title: input.title ?? group.name,
      startsAt,
      endsAt,
      place: input.place ?? null,
    },
  });
  return toMeetingView(meeting, group.timeZone);
}

export async function upcomingMeetings(db: Db, group: GroupRef, now: Date, take = 5): Promise<MeetingView[]> {
  const rows = await db.meeting.findMany({
    where: { groupId: group.id, startsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    take,
  });
  return rows.map((m) => toMeetingView(m, group.timeZone));
}

export async function latestMeetingBefore(db: Db, group: GroupRef, before: Date): Promise<Meeting | null> {
  return db.meeting.findFirst({
    where: { groupId: group.id, startsAt: { lt: before } },
    orderBy: { startsAt: "desc" },
  });
}

export async function addAgendaItem(db: Db, group: GroupRef, actor: Actor, text: string, now: Date) {
  const [next] = await upcomingMeetings(db, group, now, 1);
  await db.agendaItem.create({
    data: {
      groupId: group.id,
      meetingId: next?.id ?? null,
      text,
      proposedBy: actor.memberId,
      createdAt: now,
    },
  });
  return next;
}

/** Everything the agenda of the group's next meeting shows, as of `now`. */
export async function gatherAgenda(
  db: Db,
  group: GroupRef,
  plan: PlanRef,
  now: Date,
  today: LocalDate,
): Promise<Agenda> {
  const [meeting, following] = await upcomingMeetings(db, group, now, 2);
  const meetingStart = meeting ? instantAt(meeting.date, meeting.start, group.timeZone) : now;
  const previous = await latestMeetingBefore(db, group, meetingStart);
  const items = await db.agendaItem.findMany({
    where: {
      groupId: group.id,
      handledAt: null,
      // Items for this meeting, for no meeting yet, or left over from an earlier one: they carry over.
      OR: [{ meetingId: null }, { meeting: { startsAt: { lte: meetingStart } } }],
    },
    include: { proposer: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const horizon = following?.date ?? addDays(meeting?.date ?? today, AGENDA_HORIZON_DAYS);
  const include = summaryInclude;
  const [changed, overdue, due] = await Promise.all([
    db.activity.findMany({
      where: { planId: plan.id, statusChangedAt: previous ? { gt: previous.startsAt } : { not: null } },
      include,
      orderBy: { number: "asc" },
    }),
    db.activity.findMany({
      where: { planId: plan.id, AND: [overdueWhere(today)] },
      include,
      orderBy: { number: "asc" },
    }),
    db.activity.findMany({
      // Open and not overdue: an activity reported försenad is in the section above, with its date.
      where: {
        planId: plan.id,
        AND: [openWhere(), { NOT: overdueWhere(today) }],
        dueDate: { gte: localDateToDateColumn(today), lt: localDateToDateColumn(horizon) },
      },
      include,
      orderBy: { dueDate: "asc" },
    }),
  ]);
  return {
    ...(meeting ? { meeting } : {}),
    ...(previous ? { previousMeeting: toMeetingView(previous, group.timeZone) } : {}),
    ...(following ? { followingMeeting: following } : {}),
    proposed: items.map((i) => ({ text: i.text, ...(i.proposer ? { by: i.proposer.name } : {}) })),
    changedSincePrevious: changed.map((a) => toSummary(a, today)),
    overdue: overdue.map((a) => toSummary(a, today)),
    dueBeforeNext: due.map((a) => toSummary(a, today)),
  };
}
