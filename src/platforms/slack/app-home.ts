// App Home: the member's overview ("Mina aktiviteter", overdue first, with buttons, and the next
// meeting's agenda), asked of the door and rendered as a Slack home view.
import type { HomeView } from "@slack/web-api";
import type { Reply } from "../../core/reply.ts";
import { LIMITS } from "./block-limits.ts";
import { slackIncoming } from "./incoming.ts";
import { renderBlocks } from "./render-blocks.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { logSlackError } from "./web-api-errors.ts";

export function homeView(reply: Reply, page = 0): HomeView {
  return {
    type: "home",
    blocks: renderBlocks(reply, { maxBlocks: LIMITS.viewBlocks, page, pager: { kind: "home" } }),
  };
}

/** Draws (or redraws) a person's App Home. */
export async function publishHome(deps: SlackDeps, teamId: string, userId: string, page = 0): Promise<void> {
  const identity = await deps.identities.resolve(teamId, userId);
  const outcome = await deps.door.handle(
    slackIncoming({ teamId, userId }, identity, { type: "home", page }, `slack:home:${teamId}:${userId}`),
  );
  try {
    await deps.web.views.publish({ user_id: userId, view: homeView(outcome.reply, page) });
  } catch (error) {
    logSlackError(deps.logger, error, { method: "views.publish", team: teamId, user: userId });
  }
}
