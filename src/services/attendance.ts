// Who comes to a meeting: each member's answer to *Jag kommer* / *Jag kan inte* on the posted agenda
// (or `närvaro ja|nej`), one per member and meeting, the latest answer kept.
import { DomainError } from "../core/domain-error.ts";
import type { MeetingView } from "../core/replies/meeting-replies.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import { heldOrUpcoming, toMeetingView } from "./meetings.ts";

export type AttendanceAnswer = "yes" | "no";

export interface AttendanceView {
  meeting: MeetingView;
  coming: string[];
  notComing: string[];
  /** Current members who have not answered. */
  unanswered: string[];
}

/**
 * The meeting an answer is for: the one a button names (it must be this group's, not cancelled and
 * not over), or the meeting being held or coming next.
 */
async function meetingFor(db: Db, group: GroupRef, meetingId: number | undefined, now: Date) {
  if (meetingId === undefined) {
    const [next] = await heldOrUpcoming(db, group, now, 1);
    if (!next) throw new DomainError({ code: "attendance_no_meeting" });
    return next;
  }
  const row = await db.meeting.findFirst({ where: { id: meetingId, groupId: group.id } });
  const view = row && toMeetingView(row, group.timeZone);
  if (!row || !view) throw new DomainError({ code: "attendance_no_meeting" });
  if (row.cancelledAt)
    throw new DomainError({ code: "attendance_meeting_over", meeting: view, cancelled: true });
  const [current] = await heldOrUpcoming(db, group, now, 20).then((list) =>
    list.filter((m) => m.id === row.id),
  );
  if (!current) throw new DomainError({ code: "attendance_meeting_over", meeting: view, cancelled: false });
  return view;
}

export async function setAttendance(
  db: Db,
  group: GroupRef,
  actor: Actor,
  answer: AttendanceAnswer,
  meetingId: number | undefined,
  now: Date,
): Promise<{ meeting: MeetingView; changed: boolean }> {
  const meeting = await meetingFor(db, group, meetingId, now);
  const key = { meetingId_memberId: { meetingId: meeting.id, memberId: actor.memberId } };
  const before = await db.meetingAttendance.findUnique({ where: key });
  if (before?.answer === answer) return { meeting, changed: false };
  await db.meetingAttendance.upsert({
    where: key,
    create: { meetingId: meeting.id, memberId: actor.memberId, answer, answeredAt: now },
    update: { answer, answeredAt: now },
  });
  return { meeting, changed: true };
}

/** Who answered what for the meeting being held or coming next; undefined when none is planned. */
export async function attendanceOf(db: Db, group: GroupRef, now: Date): Promise<AttendanceView | undefined> {
  const [meeting] = await heldOrUpcoming(db, group, now, 1);
  if (!meeting) return undefined;
  const [answers, members] = await Promise.all([
    db.meetingAttendance.findMany({
      where: { meetingId: meeting.id },
      include: { member: { select: { name: true } } },
      orderBy: { answeredAt: "asc" },
    }),
    db.member.findMany({
      where: { groupId: group.id, leftAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const answered = new Set(answers.map((a) => a.memberId));
  return {
    meeting,
    coming: answers.filter((a) => a.answer === "yes").map((a) => a.member.name),
    notComing: answers.filter((a) => a.answer === "no").map((a) => a.member.name),
    unanswered: members.filter((m) => !answered.has(m.id)).map((m) => m.name),
  };
}
