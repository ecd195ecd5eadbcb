// Lists of activities and their one-line form.
import type { Messages } from "../../texts/index.ts";
import type { ListFilter } from "../command.ts";
import type { ActivitySummary, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { activityTitle, dueText, SHORT_TITLE_LENGTH, STATUS_ICON } from "./activity-replies.ts";

export function summaryLine(t: Messages, a: ActivitySummary): string {
  const owners = a.owners.length ? ` · ${a.owners.join(", ")}` : "";
  return `${STATUS_ICON[a.status]} ${activityTitle(a, SHORT_TITLE_LENGTH)} — ${t.status.label[a.status]}, ${dueText(t, a)}${owners}`;
}

/** `sectionHeading`: the plan's own heading for a party's activities, when the import kept one. */
function listTitle(
  t: Messages,
  filter: ListFilter,
  planName: string,
  principleName?: string,
  sectionHeading?: string,
): string {
  switch (filter.type) {
    case "all":
      return t.list.all(planName);
    case "mine":
      return t.list.mine;
    case "overdue":
      return t.list.overdue;
    case "party":
      return t.party.activities(filter.party, sectionHeading);
    case "status":
      return t.list.status(filter.status);
    case "principle":
      return t.list.principle(principleName ?? filter.query);
  }
}

function emptyText(t: Messages, filter: ListFilter): string {
  switch (filter.type) {
    case "mine":
      return t.list.emptyMine;
    case "overdue":
      return t.list.emptyOverdue;
    case "status":
      return t.list.emptyStatus(filter.status);
    default:
      return t.list.empty;
  }
}

export function listReply(
  t: Messages,
  filter: ListFilter,
  planName: string,
  items: ActivitySummary[],
  principleName?: string,
  sectionHeading?: string,
): Reply {
  const overdue = items.filter((i) => i.overdue).length;
  return reply("info", [
    { type: "heading", text: listTitle(t, filter, planName, principleName, sectionHeading) },
    { type: "activity_list", items, emptyText: emptyText(t, filter) },
    ...(items.length ? [{ type: "note" as const, text: t.list.count(items.length, overdue) }] : []),
  ]);
}
