// What the bot says on its own initiative: deadline reminders, the meeting-day reminder, the follow-up
// after a meeting and the weekly digest. Channel posts are visible to everyone; reminders go to one person.
import type { Messages } from "../../texts/index.ts";
import { daysBetween } from "../calendar.ts";
import type { LocalDate } from "../local-date.ts";
import type { ActivitySummary, Block, Reply, ReplyAction } from "../reply.ts";
import { reply } from "../reply.ts";
import { summaryLine } from "./list-replies.ts";
import {
  type Agenda,
  agendaBlocks,
  attendanceButtons,
  type MeetingView,
  meetingLine,
} from "./meeting-replies.ts";

/** The quick actions under a reminder. */
export function reminderActions(t: Messages, number: number, activityId?: number): ReplyAction[] {
  const label = t.activity.actions;
  // The activity rides along: a reminder pressed after another plan became active changes nothing.
  const activity = activityId ? { activity: activityId } : {};
  return [
    {
      label: label.done,
      action: { kind: "set_status", number, status: "klar", ...activity },
      style: "primary",
    },
    { label: label.ongoing, action: { kind: "set_status", number, status: "pagar", ...activity } },
    { label: label.late, action: { kind: "set_status", number, status: "forsenad", ...activity } },
    { label: label.show, action: { kind: "show", number } },
  ];
}

function whenText(t: Messages, dueDate: LocalDate, today: LocalDate): string {
  const days = daysBetween(today, dueDate);
  const date = t.dates.date(dueDate);
  if (days === 0) return t.scheduler.dueToday(date);
  if (days === 1) return t.scheduler.dueTomorrow(date);
  if (days > 1) return t.scheduler.dueIn(days, date);
  return t.scheduler.wasDue(date, -days);
}

export function deadlineReminderReply(
  t: Messages,
  activity: ActivitySummary & { dueDate: LocalDate },
  today: LocalDate,
): Reply {
  return reply("info", [
    { type: "text", text: t.scheduler.reminder(activity.number, whenText(t, activity.dueDate, today)) },
    { type: "activity_list", items: [activity], emptyText: "" },
    { type: "text", text: t.scheduler.howIsItGoing(activity.number) },
    { type: "actions", actions: reminderActions(t, activity.number, activity.id) },
    { type: "note", text: t.scheduler.quietHint },
  ]);
}

/**
 * After a meeting, one message to each person about all of their overdue activities: with one, its
 * status buttons; with several, the list and a "Visa" button for each of the first few (a message
 * holds a limited number of buttons), and how to answer in text.
 */
export function followUpReply(
  t: Messages,
  activities: readonly ActivitySummary[],
  meeting: MeetingView,
): Reply {
  const date = t.dates.date(meeting.date);
  const [only] = activities;
  if (activities.length === 1 && only) {
    return reply("info", [
      { type: "text", text: t.scheduler.followUp(meeting.title, date, only.number) },
      { type: "activity_list", items: [only], emptyText: "" },
      { type: "actions", actions: reminderActions(t, only.number, only.id) },
      { type: "note", text: t.scheduler.quietHint },
    ]);
  }
  const show = activities.slice(0, FOLLOW_UP_BUTTONS).map(
    (a): ReplyAction => ({
      label: `${t.activity.actions.show} ${a.number}`,
      action: { kind: "show", number: a.number },
    }),
  );
  return reply("info", [
    { type: "text", text: t.scheduler.followUpMany(meeting.title, date, activities.length) },
    { type: "activity_list", items: [...activities], emptyText: "" },
    { type: "actions", actions: show },
    { type: "note", text: t.scheduler.followUpHint },
    { type: "note", text: t.scheduler.quietHint },
  ]);
}

/** "Visa" buttons in a follow-up about several activities. */
const FOLLOW_UP_BUTTONS = 5;

export function meetingDayReply(t: Messages, meeting: MeetingView): Reply {
  return reply(
    "info",
    [
      { type: "text", text: t.scheduler.meetingDay(meeting.title, meetingLine(t, meeting)) },
      { type: "note", text: t.scheduler.meetingDayNote },
    ],
    { visibility: "channel" },
  );
}

export interface Digest {
  groupName: string;
  /** ISO week, "2026-W49". */
  week: string;
  horizonDays: number;
  dueSoon: ActivitySummary[];
  overdue: ActivitySummary[];
  updated: ActivitySummary[];
  nextMeeting?: MeetingView;
}

export function isDigestEmpty(d: Digest): boolean {
  return d.dueSoon.length + d.overdue.length + d.updated.length === 0;
}

export function digestReply(t: Messages, d: Digest): Reply {
  const [year, week] = d.week.split("-W").map(Number) as [number, number];
  const blocks: Block[] = [
    { type: "heading", text: t.scheduler.digestHeading(d.groupName, t.dates.week(year, week)) },
  ];
  const section = (title: string, items: ActivitySummary[]) => {
    if (items.length)
      blocks.push(
        { type: "heading", text: title },
        { type: "bullets", items: items.map((i) => summaryLine(t, i)) },
      );
  };
  section(t.scheduler.digestDueSoon(d.horizonDays), d.dueSoon);
  section(t.scheduler.digestOverdue, d.overdue);
  section(t.scheduler.digestUpdated, d.updated);
  if (d.nextMeeting)
    blocks.push({
      type: "note",
      text: t.scheduler.digestNextMeeting(d.nextMeeting.title, meetingLine(t, d.nextMeeting)),
    });
  blocks.push({ type: "note", text: t.scheduler.digestHint });
  return reply("info", blocks, { visibility: "channel" });
}

/** Where a platform cannot send a direct message: the same reply, addressed by name in the channel. */
export function addressedReply(t: Messages, name: string, original: Reply): Reply {
  return {
    ...original,
    visibility: "channel",
    blocks: [{ type: "text", text: t.scheduler.addressed(name) }, ...original.blocks],
  };
}

/** The agenda as posted to the channel before a meeting. */
export function agendaPostReply(t: Messages, agenda: Agenda): Reply {
  const lead = agenda.meeting
    ? t.scheduler.agendaPost(agenda.meeting.title, t.dates.date(agenda.meeting.date))
    : t.scheduler.agendaPostNext;
  return reply(
    "info",
    [{ type: "text", text: lead }, ...agendaBlocks(t, agenda), ...attendanceButtons(t, agenda.meeting)],
    { visibility: "channel" },
  );
}

/** A task (uppdrag) to be done by a date: what it is, when, and how to close it. */
export function taskReminderReply(
  t: Messages,
  task: { number: number; text: string; dueDate: LocalDate },
  today: LocalDate,
): Reply {
  const date = t.dates.date(task.dueDate);
  const says = t.taskReminders;
  return reply("info", [
    {
      type: "text",
      text:
        today > task.dueDate
          ? says.overdue(task.number, task.text, date)
          : says.due(task.number, task.text, date),
    },
    { type: "note", text: says.doneHint(task.number) },
    { type: "note", text: t.scheduler.quietHint },
  ]);
}
