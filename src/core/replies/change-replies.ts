// Confirmations of coordinators' changes: owners and deadlines, and that nothing changed.
import { isoWeekOf } from "../calendar.ts";
import type { DroppedTime } from "../command.ts";
import { clockText, formatDate, formatDateWithWeekday, joinSwedish } from "../labels.ts";
import type { LocalDate } from "../local-date.ts";
import { holidayName, workingDayOnOrBefore } from "../reminders/working-days.ts";
import type { ActivityView, Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { activityTitle } from "./activity-replies.ts";
import { unchangedReply } from "./no-change-replies.ts";

function ownersNote(a: ActivityView): Block {
  return {
    type: "note",
    text: a.owners.length ? `Ansvariga nu: ${joinSwedish(a.owners)}.` : "Aktiviteten har ingen ansvarig nu.",
  };
}

export function ownerChangedReply(a: ActivityView, name: string, removed: boolean): Reply {
  const text = removed
    ? `${name} är inte längre ansvarig för ${activityTitle(a)}.`
    : `${name} är nu ansvarig för ${activityTitle(a)}.`;
  return reply("success", [{ type: "text", text }, ownersNote(a)], { effect: "changed" });
}

/** The person already is an owner (or, to remove, is not one). */
export function ownerUnchangedReply(a: ActivityView, name: string, removed: boolean): Reply {
  const text = removed
    ? `${name} är inte ansvarig för ${activityTitle(a)}.`
    : `${name} är redan ansvarig för ${activityTitle(a)}.`;
  return unchangedReply(text, [ownersNote(a)]);
}

export interface DeadlineChange {
  previous?: LocalDate;
  /** Typed as a week number: its Friday may be a holiday. */
  byWeek?: boolean;
  /** A clock time typed with the date, which a deadline does not keep. */
  droppedTime?: DroppedTime;
}

export function deadlineChangedReply(a: ActivityView, change: DeadlineChange = {}): Reply {
  const { previous, byWeek, droppedTime } = change;
  // With its weekday: "nästa fredag" and "v12" are read back as the day they became.
  const due = a.dueDate ? formatDateWithWeekday(a.dueDate) : "ingen";
  const notes: string[] = [];
  const holiday = byWeek && a.dueDate ? holidayName(a.dueDate) : undefined;
  if (holiday && a.dueDate) {
    const before = workingDayOnOrBefore(a.dueDate);
    notes.push(
      `Fredagen i vecka ${isoWeekOf(a.dueDate).week} är ${holiday}. Vill du hellre ha arbetsdagen före, ${formatDateWithWeekday(before)}, skriver du \`deadline ${a.number} ${before}\`.`,
    );
  }
  if (droppedTime)
    notes.push(`En deadline gäller hela dagen, så klockslaget ${clockText(droppedTime)} sparades inte.`);
  if (a.pastDeadline) notes.push("Datumet har redan passerat, så aktiviteten räknas som försenad.");
  return reply(
    "success",
    [
      {
        type: "text",
        text: `Deadline för ${activityTitle(a)} är nu ${due}${previous ? ` (var ${formatDate(previous)})` : ""}.`,
      },
      ...notes.map((text) => ({ type: "note" as const, text })),
    ],
    { effect: "changed" },
  );
}

/** The deadline asked for is the one the activity has. */
export function deadlineUnchangedReply(a: ActivityView): Reply {
  return unchangedReply(
    `Deadline för ${activityTitle(a)} är redan ${a.dueDate ? formatDate(a.dueDate) : "ingen"}.`,
  );
}
