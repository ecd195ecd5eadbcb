// The bot added to or removed from a team, group chat or personal chat (conversationUpdate with the bot
// among membersAdded/membersRemoved, and installationUpdate). On arrival the conversation reference is
// kept and a welcome posted; on removal the channel bindings of that conversation or team are
// deactivated and a personal chat forgotten, so nothing is sent where the bot no longer is.
import type { Activity, IConversationUpdateActivity, InstallUpdateActivity } from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import { welcomeReply } from "../../core/replies/welcome-reply.ts";
import { boundGroup } from "../../services/channels.ts";
import { demoGroupName } from "../../services/demo.ts";
import { forgetPersonalChat, forgetTeam } from "./conversation-store.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { incomingMessage, isPersonal, referenceOf } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { sendReply } from "./send-reply.ts";

async function arrived(env: TeamsHandlerEnv, activity: Activity) {
  const message = incomingMessage(activity, "", `teams:install:${activity.id}`);
  await rememberConversation(env, message, referenceOf(activity));
  const bound = message.conversationType === "channel" ? await boundGroup(env.deps.prisma, message) : null;
  env.logger.info(
    { tenant: message.workspaceId, conversation: message.channelId, type: message.conversationType },
    "teams: bot added",
  );
  const demo = bound !== null && bound.name === (await demoGroupName());
  return welcomeReply(message.conversationType, bound?.name, { demo });
}

async function removed(env: TeamsHandlerEnv, activity: Activity) {
  const reference = referenceOf(activity);
  if (isPersonal(activity)) await forgetPersonalChat(env.deps.prisma, reference.conversationId);
  else
    await forgetTeam(env.deps.prisma, reference.tenantId, reference.teamId ?? "", reference.conversationId);
  env.logger.info(
    { tenant: reference.tenantId, conversation: reference.conversationId },
    "teams: bot removed",
  );
}

export function handleConversationUpdate(env: TeamsHandlerEnv) {
  return async (ctx: IActivityContext<IConversationUpdateActivity>): Promise<void> => {
    const { activity } = ctx;
    const botId = activity.recipient.id;
    if (activity.membersAdded?.some((m) => m.id === botId)) {
      await sendReply(ctx, await arrived(env, activity));
    } else if (activity.membersRemoved?.some((m) => m.id === botId)) {
      await removed(env, activity);
    }
  };
}

/** Installation events only keep references up to date; the welcome comes with conversationUpdate. */
export function handleInstallationUpdate(env: TeamsHandlerEnv) {
  return async (ctx: IActivityContext<InstallUpdateActivity>): Promise<void> => {
    const { activity } = ctx;
    if (activity.action.startsWith("add")) {
      const message = incomingMessage(activity, "", `teams:install:${activity.id}`);
      await rememberConversation(env, message, referenceOf(activity));
    } else if (activity.action === "remove") {
      await removed(env, activity);
    }
  };
}
