// A message to the bot: in a channel or group chat when it is @mentioned, in a personal chat always.
// The mention is taken out and the rest parsed by the core. An Action.Submit from a card (the fallback
// for clients without Universal Actions) arrives as a message with a value and is treated as a press.
import type { IMessageActivity } from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import { announceFromPersonalChat } from "./announce-to-group.ts";
import { readCardPress } from "./card-action-data.ts";
import { runCardPress } from "./handle-card-action.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { commandText, incomingMessage, isPersonal, referenceOf } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { sendReply } from "./send-reply.ts";

function mentionsBot(activity: IMessageActivity): boolean {
  return (activity.entities ?? []).some(
    (e) => e.type === "mention" && "mentioned" in e && e.mentioned.id === activity.recipient.id,
  );
}

export function handleMessage(env: TeamsHandlerEnv) {
  return async (ctx: IActivityContext<IMessageActivity>): Promise<void> => {
    const { activity } = ctx;
    const press = readCardPress(activity.value);
    if (press) {
      const result = await runCardPress(env, activity, press);
      // A second press on the same card: the first one answered already.
      if (result.kind === "reply" && result.reply.effect === "repeat") return;
      if (result.kind === "reply") await sendReply(ctx, result.reply);
      else await ctx.send(result.text);
      return;
    }
    if (!isPersonal(activity) && !mentionsBot(activity)) return;
    const key = `teams:${referenceOf(activity).conversationId}:${activity.id}`;
    const message = incomingMessage(activity, commandText(activity), key);
    await rememberConversation(env, message, referenceOf(activity));
    const reply = await env.conversation.handle(message);
    // Teams delivered this activity again (same id): the first delivery answered, and in a channel
    // everyone would see the answer twice.
    if (reply.effect === "repeat") return;
    await sendReply(ctx, reply);
    announceFromPersonalChat(env, message, reply);
  };
}
