// A member's own overview, for surfaces that have a home page (Slack's App Home): the activities they
// are responsible for, overdue first, each with its quick actions, and the next meeting's agenda.
import type { Messages } from "../../texts/index.ts";
import type { ActivitySummary, Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { activityActions } from "./activity-replies.ts";
import { summaryLine } from "./list-replies.ts";
import { type Agenda, agendaBlocks } from "./meeting-replies.ts";

export interface Home {
  groupName: string;
  planName: string;
  memberName: string;
  mine: ActivitySummary[];
  agenda: Agenda;
  /** A samordnare or admin, who is offered the form for a new activity. */
  addsActivities?: boolean;
}

/** Overdue first, then by number: what needs doing comes first. */
export function homeOrder(items: readonly ActivitySummary[]): ActivitySummary[] {
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.number - b.number);
}

export function homeReply(t: Messages, home: Home): Reply {
  const mine = homeOrder(home.mine);
  const overdue = mine.filter((a) => a.overdue).length;
  const blocks: Block[] = [
    { type: "heading", text: t.home.heading },
    {
      type: "note",
      text: `${home.memberName} · ${home.groupName} · ${home.planName}${overdue ? ` · ${t.home.overdue(overdue)}` : ""}`,
    },
  ];
  if (home.addsActivities)
    blocks.push({
      type: "actions",
      actions: [{ label: t.activityForm.open, action: { kind: "activity_form" } }],
    });
  if (mine.length === 0) {
    blocks.push({
      type: "note",
      text: t.list.emptyMine,
    });
  }
  for (const a of mine) {
    blocks.push(
      { type: "text", text: summaryLine(t, a) },
      { type: "actions", actions: activityActions(t, a) },
    );
  }
  blocks.push(...agendaBlocks(t, home.agenda));
  return reply("info", blocks);
}

/** The home page of someone the bot cannot place in a group yet. */
export function homeWithoutGroupReply(t: Messages, reason: Reply): Reply {
  return reply("info", [{ type: "heading", text: t.home.heading }, ...reason.blocks]);
}
