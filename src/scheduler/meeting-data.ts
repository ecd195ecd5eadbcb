// The meetings a sweep looks at, read once for all groups: far enough back for follow-ups and handled
// agenda items, far enough ahead for any agenda setting.
import type { MeetingTime } from "../core/reminders/schedule.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { Meeting } from "../db/generated/client.ts";
import type { Db } from "../services/deps.ts";

export const MEETING_LOOKBACK_DAYS = 14;
export const MEETING_LOOKAHEAD_DAYS = 70;

export async function loadMeetings(db: Db, now: Date): Promise<Map<number, Meeting[]>> {
  const day = 86_400_000;
  const rows = await db.meeting.findMany({
    where: {
      // A cancelled meeting gets no reminder, agenda or follow-up.
      cancelledAt: null,
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

export const meetingTime = (m: Meeting, timeZone: string): MeetingTime => ({
  startsAt: m.startsAt,
  date: localDateAt(m.startsAt, timeZone),
});

/** The group's next meeting (starting after `now`) and the latest one that has started. */
export function nextAndLast(meetings: readonly Meeting[], now: Date): { next?: Meeting; last?: Meeting } {
  const next = meetings.find((m) => m.startsAt > now);
  const last = meetings.filter((m) => m.startsAt <= now).at(-1);
  return { ...(next ? { next } : {}), ...(last ? { last } : {}) };
}

/** When each meeting's agenda was first written to the outbox (for any channel). */
export async function agendaPostedAt(db: Db, meetingIds: readonly number[]): Promise<Map<number, Date>> {
  const result = new Map<number, Date>();
  if (meetingIds.length === 0) return result;
  const rows = await db.outboxMessage.groupBy({
    by: ["meetingId"],
    where: { kind: "agenda", meetingId: { in: meetingIds as number[] } },
    _min: { createdAt: true },
  });
  for (const r of rows)
    if (r.meetingId !== null && r._min.createdAt) result.set(r.meetingId, r._min.createdAt);
  return result;
}
