// Meetings: the agenda posted to the channel some working days before, a short reminder on the day,
// and the next working day after it, owners of overdue activities asked for an update. Afterwards the
// agenda items that were on the posted agenda count as handled; the rest carry over.

import { dedupeKey, notificationKey } from "../core/reminders/keys.ts";
import {
  agendaWindow,
  followUpWindow,
  isQuiet,
  isWithin,
  type MeetingTime,
  meetingDayWindow,
  wantsReminders,
} from "../core/reminders/schedule.ts";
import type { Agenda } from "../core/replies/meeting-replies.ts";
import { agendaPostReply, followUpReply, meetingDayReply } from "../core/replies/reminder-replies.ts";
import { inLocale } from "../core/reply.ts";
import { instantAt, localDateAt } from "../core/zoned-time.ts";
import { type Meeting, Prisma, type PrismaClient } from "../db/generated/client.ts";
import { toMeetingView } from "../services/meetings.ts";
import { textsFor } from "../texts/index.ts";
import { type ActivityRow, isRowOverdue, rowSummary } from "./activity-rows.ts";
import type { Candidate } from "./candidate.ts";
import type { GroupContext, MemberInfo } from "./sweep-context.ts";

/** Meetings far enough back for follow-ups and handled items, far enough ahead for any agenda setting. */
export const MEETING_LOOKBACK_DAYS = 14;
export const MEETING_LOOKAHEAD_DAYS = 70;

export async function loadMeetings(prisma: PrismaClient, now: Date): Promise<Map<number, Meeting[]>> {
  const day = 86_400_000;
  const rows = await prisma.meeting.findMany({
    where: {
      startsAt: {
        gt: new Date(now.getTime() - MEETING_LOOKBACK_DAYS * day),
        lt: new Date(now.getTime() + MEETING_LOOKAHEAD_DAYS * day),
      },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const byGroup = new Map<number, Meeting[]>();
  for (const m of rows) byGroup.set(m.groupId, [...(byGroup.get(m.groupId) ?? []), m]);
  return byGroup;
}

const meetingTime = (m: Meeting, timeZone: string): MeetingTime => ({
  startsAt: m.startsAt,
  date: localDateAt(m.startsAt, timeZone),
});

/** The group's next meeting (starting after `now`) and the latest one that has started. */
export function nextAndLast(meetings: readonly Meeting[], now: Date): { next?: Meeting; last?: Meeting } {
  const next = meetings.find((m) => m.startsAt > now);
  const last = meetings.filter((m) => m.startsAt <= now).at(-1);
  return { ...(next ? { next } : {}), ...(last ? { last } : {}) };
}

/** Agenda and meeting-day posts to every channel of a group whose windows are open now. */
export function meetingPostCandidates(
  ctx: GroupContext,
  next: Meeting | undefined,
  now: Date,
  agendaPostedAt: ReadonlyMap<number, Date>,
  agendaOf: (groupId: number) => Promise<Agenda>,
): Candidate[] {
  if (!next) return [];
  const { group, settings } = ctx;
  const time = meetingTime(next, group.timeZone);
  const view = toMeetingView(next, group.timeZone);
  const candidates: Candidate[] = [];
  if (settings.agenda.enabled && isWithin(agendaWindow(time, settings.agenda, group.timeZone), now)) {
    // Gathered as of now, once for all the group's channels: the items and the plan as they are today.
    const t = textsFor(group.locale);
    const build = async () => ({ reply: inLocale(agendaPostReply(t, await agendaOf(group.id)), t.locale) });
    for (const target of ctx.channelTargets)
      candidates.push({
        kind: "agenda",
        dedupeKey: dedupeKey(notificationKey.agenda(next.id), target),
        groupId: group.id,
        target,
        build,
      });
  }
  const day = meetingDayWindow(time, settings.agenda, group.timeZone);
  // The short reminder only when the agenda went out on an earlier day; an agenda caught up on the
  // meeting day itself is reminder enough.
  const posted = agendaPostedAt.get(next.id);
  const agendaEarlier =
    !settings.agenda.enabled ||
    (posted !== undefined && posted < instantAt(time.date, "00:00", group.timeZone));
  if (day && isWithin(day, now) && agendaEarlier) {
    for (const target of ctx.channelTargets)
      candidates.push({
        kind: "meeting-day",
        dedupeKey: dedupeKey(notificationKey.meetingDay(next.id), target),
        groupId: group.id,
        target,
        build: () => ({
          reply: inLocale(meetingDayReply(textsFor(group.locale), view), textsFor(group.locale).locale),
        }),
      });
  }
  return candidates;
}

/** When each meeting's agenda was first written to the outbox (for any channel). */
export async function agendaPostedAt(
  prisma: PrismaClient,
  contexts: readonly { ctx: GroupContext; meeting: Meeting }[],
): Promise<Map<number, Date>> {
  const keys = contexts.flatMap(({ ctx, meeting }) =>
    ctx.channelTargets.map((t) => dedupeKey(notificationKey.agenda(meeting.id), t)),
  );
  const result = new Map<number, Date>();
  if (keys.length === 0) return result;
  const rows = await prisma.outboxMessage.findMany({
    where: { kind: "agenda", dedupeKey: { in: keys } },
    select: { dedupeKey: true, createdAt: true },
  });
  for (const r of rows) {
    const id = Number(r.dedupeKey.slice("agenda:".length, r.dedupeKey.indexOf("|")));
    const known = result.get(id);
    if (!known || r.createdAt < known) result.set(id, r.createdAt);
  }
  return result;
}

/** The next working day after a meeting: each owner of an overdue activity is asked how it goes. */
export function followUpCandidates(
  ctx: GroupContext,
  last: Meeting | undefined,
  rows: readonly ActivityRow[],
  members: ReadonlyMap<number, MemberInfo>,
  now: Date,
): Candidate[] {
  const { group, settings, today } = ctx;
  if (!last || !settings.agenda.followUp || !settings.reminders.enabled) return [];
  if (!isWithin(followUpWindow(meetingTime(last, group.timeZone), settings.agenda, group.timeZone), now))
    return [];
  const view = toMeetingView(last, group.timeZone);
  const candidates: Candidate[] = [];
  for (const row of rows) {
    if (!isRowOverdue(row, today) || !wantsReminders(row.status)) continue;
    for (const memberId of row.ownerIds) {
      const member = members.get(memberId);
      if (!member || isQuiet(member.quietUntil, today)) continue;
      const target = { type: "member" as const, groupId: group.id, memberId };
      candidates.push({
        kind: "followup",
        dedupeKey: dedupeKey(notificationKey.followUp(last.id, row.id), target),
        groupId: group.id,
        target,
        activityId: row.id,
        build: () => ({
          reply: inLocale(
            followUpReply(textsFor(group.locale), rowSummary(row, today), view),
            textsFor(group.locale).locale,
          ),
        }),
      });
    }
  }
  return candidates;
}

/**
 * "Handled" agenda items: those that were on a meeting's agenda as posted (written to the outbox and
 * sent before the meeting), once that meeting has ended. Items proposed after the agenda went out, or
 * for a meeting whose agenda was never sent, stay open and carry over to the next meeting.
 */
export async function markHandledAgendaItems(
  prisma: PrismaClient,
  endedMeetingIds: readonly number[],
): Promise<number> {
  if (endedMeetingIds.length === 0) return 0;
  return prisma.$executeRaw`
    UPDATE agenda_items ai
       SET handled_at = COALESCE(p.ends_at, p.starts_at)
      FROM (SELECT m.id, m.group_id, m.starts_at, m.ends_at, min(o.created_at) AS posted
              FROM meetings m
              JOIN outbox o ON o.group_id = m.group_id AND o.kind = 'agenda' AND o.state = 'sent'
                           AND o.created_at <= m.starts_at
                           AND split_part(o.dedupe_key, '|', 1) = 'agenda:' || m.id::text
             WHERE m.id IN (${Prisma.join(endedMeetingIds as number[])})
             GROUP BY m.id) p
     WHERE ai.group_id = p.group_id
       AND ai.handled_at IS NULL
       AND ai.created_at < p.posted
       AND (ai.meeting_id IS NULL
            OR ai.meeting_id IN (SELECT id FROM meetings m2 WHERE m2.group_id = p.group_id AND m2.starts_at <= p.starts_at))`;
}
