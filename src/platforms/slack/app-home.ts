// App Home: "Mina aktiviteter" (overdue first, with buttons) and the next meeting's agenda, gathered
// with the same services as `lista mina` and `agenda`, built as a core Reply and rendered as a view.
import type { HomeView } from "@slack/web-api";
import { homeReply, homeWithoutGroupReply } from "../../core/replies/home-reply.js";
import type { Reply } from "../../core/reply.js";
import { localDateAt } from "../../core/zoned-time.js";
import { listActivities } from "../../services/activities.js";
import type { CommandContext } from "../../services/actor.js";
import type { ServiceDeps } from "../../services/deps.js";
import { activePlan } from "../../services/groups.js";
import { gatherAgenda } from "../../services/meetings.js";
import { LIMITS } from "./block-limits.js";
import { incomingMessage } from "./incoming.js";
import { renderBlocks } from "./render-blocks.js";
import type { SlackDeps } from "./slack-deps.js";
import { logSlackError } from "./web-api-errors.js";

export const HOME_PAGE_SOURCE = "home";

export async function homeContent(services: ServiceDeps, ctx: CommandContext): Promise<Reply> {
  const now = services.clock.now();
  const today = localDateAt(now, ctx.group.timeZone);
  const plan = await activePlan(services.prisma, ctx.group);
  const [{ items }, agenda] = await Promise.all([
    listActivities(services.prisma, plan, { type: "mine" }, ctx.actor, today),
    gatherAgenda(services.prisma, ctx.group, plan, now, today),
  ]);
  return homeReply({
    groupName: ctx.group.name,
    planName: plan.name,
    memberName: ctx.actor.name,
    mine: items,
    agenda,
  });
}

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
