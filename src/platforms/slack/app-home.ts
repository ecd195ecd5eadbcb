// App Home: the member's overview from services/home.ts ("Mina aktiviteter", overdue first, with
// buttons, and the next meeting's agenda), rendered as a Slack home view.
import type { HomeView } from "@slack/web-api";
import { homeWithoutGroupReply } from "../../core/replies/home-reply.ts";
import type { Reply } from "../../core/reply.ts";
import { homeContent } from "../../services/home.ts";
import { LIMITS } from "./block-limits.ts";
import { incomingMessage } from "./incoming.ts";
import { renderBlocks } from "./render-blocks.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { logSlackError } from "./web-api-errors.ts";

export const HOME_PAGE_SOURCE = "home";

export function homeView(reply: Reply, page = 0): HomeView {
  return {
    type: "home",
    blocks: renderBlocks(reply, { maxBlocks: LIMITS.viewBlocks, page, pageSource: HOME_PAGE_SOURCE }),
  };
}

/** Draws (or redraws) a person's App Home. */
export async function publishHome(deps: SlackDeps, teamId: string, userId: string, page = 0): Promise<void> {
  const identity = await deps.identities.resolve(teamId, userId);
  const message = incomingMessage({ teamId, userId }, identity, `slack:home:${teamId}:${userId}`);
  let reply: Reply;
  const resolved = await deps.conversation.context(message);
  if (!resolved.ok) {
    reply = homeWithoutGroupReply(resolved.reply);
  } else {
    try {
      reply = await homeContent(deps.services, resolved.ctx);
    } catch (error) {
      // A domain error (no plan) becomes its polite reply; anything else is logged once there.
      reply = homeWithoutGroupReply(
        deps.replyForError(error, { platform: "slack", surface: "home", team: teamId, user: userId }),
      );
    }
  }
  try {
    await deps.web.views.publish({ user_id: userId, view: homeView(reply, page) });
  } catch (error) {
    logSlackError(deps.logger, error, { method: "views.publish", team: teamId, user: userId });
  }
}
