// Lists of activities and their one-line form.

import { STATUS_LABEL } from "../activity-status.ts";
import type { ListFilter } from "../command.ts";
import { PARTY_LABEL } from "../labels.ts";
import type { ActivitySummary, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { activityTitle, dueText, SHORT_TITLE_LENGTH, STATUS_ICON } from "./activity-replies.ts";

export function summaryLine(a: ActivitySummary): string {
  const owners = a.owners.length ? ` · ${a.owners.join(", ")}` : "";
  return `${STATUS_ICON[a.status]} ${activityTitle(a, SHORT_TITLE_LENGTH)} — ${STATUS_LABEL[a.status]}, ${dueText(a)}${owners}`;
}

function listTitle(filter: ListFilter, planName: string, principleName?: string): string {
  switch (filter.type) {
    case "all":
      return `Alla aktiviteter i ${planName}`;
    case "mine":
      return "Dina aktiviteter";
    case "overdue":
      return "Försenade aktiviteter";
    case "party":
      return `${PARTY_LABEL[filter.party]}s aktiviteter`.replace("Gemensamts", "Gemensamma");
    case "status":
      return `Aktiviteter med status ${STATUS_LABEL[filter.status]}`;
    case "principle":
      return `Aktiviteter under ${principleName ?? filter.query}`;
  }
}

function emptyText(filter: ListFilter): string {
  switch (filter.type) {
    case "mine":
      return "Du är inte ansvarig för någon aktivitet. En samordnare kan lägga till dig med `ansvarig <nr> <ditt namn>`.";
    case "overdue":
      return "Inga aktiviteter är försenade. Bra jobbat!";
    case "status":
      return `Ingen aktivitet har status ${STATUS_LABEL[filter.status]} just nu.`;
    default:
      return "Inga aktiviteter matchar.";
  }
}

export function listReply(
  filter: ListFilter,
  planName: string,
  items: ActivitySummary[],
  principleName?: string,
): Reply {
  const overdue = items.filter((i) => i.overdue).length;
  return reply("info", [
    { type: "heading", text: listTitle(filter, planName, principleName) },
    { type: "activity_list", items, emptyText: emptyText(filter) },
    ...(items.length
      ? [
          {
            type: "note" as const,
            text: `${items.length} ${items.length === 1 ? "aktivitet" : "aktiviteter"}${overdue ? `, varav ${overdue} ${overdue === 1 ? "försenad" : "försenade"}` : ""}. Skriv \`visa <nr>\` för detaljer.`,
          },
        ]
      : []),
  ]);
}
