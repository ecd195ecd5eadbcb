// The bot added to or removed from a team, group chat or personal chat (conversationUpdate with the bot
// among membersAdded/membersRemoved, and installationUpdate). On arrival the conversation reference is
// kept and the door's welcome posted; on removal the channel bindings of that conversation or team are
// deactivated and a personal chat forgotten, so nothing is sent where the bot no longer is.
import type { Activity, IConversationUpdateActivity, InstallUpdateActivity } from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import type { Outcome } from "../../core/outcome.ts";
import { forgetPersonalChat, forgetTeam } from "./conversation-store.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { isPersonal, referenceOf, teamsIncoming } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { sendOutcome } from "./send-reply.ts";

/** The bot is in a conversation now: its reference kept, and the door's welcome. */
async function arrived(env: TeamsHandlerEnv, activity: Activity): Promise<Outcome> {
  const incoming = teamsIncoming(activity, { type: "joined" }, `teams:install:${activity.id}`);
  const outcome = await env.door.handle(incoming);
  await rememberConversation(env, incoming, outcome, referenceOf(activity));
  env.logger.info(
    { tenant: incoming.workspaceId, conversation: incoming.channelId, type: incoming.conversationType },
    "teams: bot added",
  );
  return outcome;
}

async function removed(env: TeamsHandlerEnv, activity: Activity) {
  const reference = referenceOf(activity);
  if (isPersonal(activity)) await forgetPersonalChat(env.db, reference.conversationId);
  else await forgetTeam(env.db, reference.tenantId, reference.teamId ?? "", reference.conversationId);
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
      await sendOutcome(ctx, await arrived(env, activity));
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
      await arrived(env, activity);
    } else if (activity.action === "remove") {
      await removed(env, activity);
    }
  };
}
