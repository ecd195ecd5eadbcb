// Dedupe keys: one per notification and target, so that inserting it twice stores it once. The part
// before "|" names the notification, the part after where it goes (one row per channel or member, so a
// failure on one surface never resends on another).
import type { LocalDate } from "../local-date.ts";

export type OutboxTarget =
  /** A bound channel; `bindingId: null` when the group has no active binding (console only). */
  | { type: "channel"; groupId: number; bindingId: number | null }
  /** A member, by direct message where a platform can, else a mention in the group's channel. */
  | { type: "member"; groupId: number; memberId: number };

export function targetKey(target: OutboxTarget): string {
  return target.type === "member" ? `member:${target.memberId}` : `channel:${target.bindingId ?? "none"}`;
}

export const notificationKey = {
  reminder: (activityId: number, dueDate: LocalDate, offset: number) =>
    `reminder:${activityId}:${dueDate}:${offset}`,
  agenda: (meetingId: number) => `agenda:${meetingId}`,
  meetingDay: (meetingId: number) => `meeting-day:${meetingId}`,
  digest: (groupId: number, isoWeek: string) => `digest:${groupId}:${isoWeek}`,
  followUp: (meetingId: number) => `followup:${meetingId}`,
  taskReminder: (taskId: number, dueDate: LocalDate, offset: number) =>
    `task-reminder:${taskId}:${dueDate}:${offset}`,
};

export function dedupeKey(notification: string, target: OutboxTarget): string {
  return `${notification}|${targetKey(target)}`;
}
