// Confirmations of coordinators' changes: owners and deadlines, and that nothing changed.
import { formatDate, joinSwedish } from "../labels.js";
import type { ActivityView, Block, Reply } from "../reply.js";
import { reply } from "../reply.js";
import { activityTitle } from "./activity-replies.js";
import { unchangedReply } from "./no-change-replies.js";

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

export function deadlineChangedReply(a: ActivityView, previous?: string): Reply {
  const due = a.dueDate ? formatDate(a.dueDate) : "ingen";
  return reply(
    "success",
    [
      {
        type: "text",
        text: `Deadline för ${activityTitle(a)} är nu ${due}${previous ? ` (var ${formatDate(previous)})` : ""}.`,
      },
      ...(a.overdue
        ? [{ type: "note" as const, text: "Datumet har redan passerat, så aktiviteten räknas som försenad." }]
        : []),
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
