// Confirmations of coordinators' changes: owners and deadlines.
import { formatDate, joinSwedish } from "../labels.js";
import type { ActivityView, Reply } from "../reply.js";
import { reply } from "../reply.js";
import { activityTitle } from "./activity-replies.js";

export function ownerChangedReply(a: ActivityView, name: string, removed: boolean): Reply {
  const text = removed
    ? `${name} är inte längre ansvarig för ${activityTitle(a)}.`
    : `${name} är nu ansvarig för ${activityTitle(a)}.`;
  const owners = a.owners.length
    ? `Ansvariga nu: ${joinSwedish(a.owners)}.`
    : "Aktiviteten har ingen ansvarig nu.";
  return reply(
    "success",
    [
      { type: "text", text },
      { type: "note", text: owners },
    ],
    { effect: "changed" },
  );
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
