// A reply as Teams message activities: one Adaptive Card each (a long list takes several), with a plain
// summary line for notifications and the activity feed.
import { randomUUID } from "node:crypto";
import { MessageActivityInput } from "@microsoft/teams.api";
import type { IAdaptiveCard } from "@microsoft/teams.cards";
import { type Reply, withoutAttachment } from "../../core/reply.ts";
import { renderCards, replyPlainText } from "./render-card.ts";

export function replyActivities(original: Reply): MessageActivityInput[] {
  // Teams gets the summary card; a file the core attaches is mentioned with how to get it.
  const reply = withoutAttachment(original);
  const summary = replyPlainText(reply).split("\n")[0]?.slice(0, 200) ?? "";
  return renderCards(reply, { cardId: randomUUID() }).map((card) =>
    new MessageActivityInput(undefined, { summary }).addCard("adaptive", card as unknown as IAdaptiveCard),
  );
}
