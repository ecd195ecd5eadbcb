// Confirmations of coordinators' changes: owners and deadlines, and that nothing changed.
import type { Messages } from "../../texts/index.ts";
import { isoWeekOf } from "../calendar.ts";
import type { DroppedTime } from "../command.ts";
import type { LocalDate } from "../local-date.ts";
import { holidayName, workingDayOnOrBefore } from "../reminders/working-days.ts";
import type { ActivityView, Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { activityTitle } from "./activity-replies.ts";
import { unchangedReply } from "./no-change-replies.ts";

function ownersNote(t: Messages, a: ActivityView): Block {
  return { type: "note", text: a.owners.length ? t.change.ownersNow(a.owners) : t.change.noOwnerNow };
}

export function ownerChangedReply(t: Messages, a: ActivityView, name: string, removed: boolean): Reply {
  const text = removed
    ? t.change.ownerRemoved(name, activityTitle(a))
    : t.change.ownerAdded(name, activityTitle(a));
  return reply("success", [{ type: "text", text }, ownersNote(t, a)], { effect: "changed" });
}

/** The person already is an owner (or, to remove, is not one). */
export function ownerUnchangedReply(t: Messages, a: ActivityView, name: string, removed: boolean): Reply {
  const text = removed
    ? t.change.ownerNotOwner(name, activityTitle(a))
    : t.change.ownerAlready(name, activityTitle(a));
  return unchangedReply(t, text, [ownersNote(t, a)]);
}

export interface DeadlineChange {
  previous?: LocalDate;
  /** Typed as a week number: its Friday may be a holiday. */
  byWeek?: boolean;
  /** A clock time typed with the date, which a deadline does not keep. */
  droppedTime?: DroppedTime;
}

export function deadlineChangedReply(t: Messages, a: ActivityView, change: DeadlineChange = {}): Reply {
  const { previous, byWeek, droppedTime } = change;
  // With its weekday: "nästa fredag" and "v12" are read back as the day they became.
  const due = a.dueDate ? t.dates.dateWithWeekday(a.dueDate) : t.change.deadlineNone;
  const notes: string[] = [];
  const holiday = byWeek && a.dueDate ? holidayName(a.dueDate) : undefined;
  if (holiday && a.dueDate) {
    const before = workingDayOnOrBefore(a.dueDate);
    notes.push(
      t.change.holidayFriday(
        isoWeekOf(a.dueDate).week,
        holiday,
        t.dates.dateWithWeekday(before),
        `deadline ${a.number} ${before}`,
      ),
    );
  }
  if (droppedTime) notes.push(t.change.droppedTime(t.dates.clock(droppedTime.start, droppedTime.end)));
  if (a.pastDeadline) notes.push(t.change.alreadyPassed);
  return reply(
    "success",
    [
      {
        type: "text",
        text: t.change.deadlineChanged(a.number, due, previous ? t.dates.date(previous) : undefined),
      },
      ...notes.map((text) => ({ type: "note" as const, text })),
    ],
    { effect: "changed" },
  );
}

/** The deadline asked for is the one the activity has. */
export function deadlineUnchangedReply(t: Messages, a: ActivityView): Reply {
  return unchangedReply(
    t,
    a.dueDate
      ? t.change.deadlineUnchanged(a.number, t.dates.date(a.dueDate))
      : t.change.deadlineUnchangedNone(a.number),
  );
}
