// A message to the bot: in a channel or group chat when it is @mentioned, in a personal chat always.
// The mention is taken out and the rest goes through the door. An Action.Submit from a card (the
// fallback for clients without Universal Actions) arrives as a message with a value and is a press.
import type { IMessageActivity } from "@microsoft/teams.api";
import type { IActivityContext } from "@microsoft/teams.apps";
import { readCardPress } from "./card-action-data.ts";
import { fileAttachment, teamsFileInput } from "./file-attachment.ts";
import { runCardPress } from "./handle-card-action.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { commandText, isPersonal, referenceOf, teamsIncoming } from "./incoming-message.ts";
import { rememberConversation } from "./remember-conversation.ts";
import { sendOutcome } from "./send-reply.ts";

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
      if (result.kind === "outcome" && result.outcome.effect === "repeat") return;
      if (result.kind === "outcome") {
        await sendOutcome(ctx, result.outcome);
        env.door.announce(result.outcome, result.incoming);
      } else await ctx.send(result.text);
      return;
    }
    if (!isPersonal(activity) && !mentionsBot(activity)) return;
    const key = `teams:${referenceOf(activity).conversationId}:${activity.id}`;
    const text = commandText(activity);
    // A file with nothing typed beside it: a plan file to read, in the personal chat only.
    const file = text.replace(/<[^>]*>/g, "").trim() ? undefined : fileAttachment(activity);
    const input = file
      ? await teamsFileInput(file, {
          personal: isPersonal(activity),
          insecureOrigins: env.insecureFileOrigins,
        })
      : { type: "text" as const, text };
    if (input.type === "file_unavailable" && input.reason !== "channel")
      env.logger.warn({ reason: input.reason }, "teams file attachment not fetched");
    const incoming = teamsIncoming(activity, input, key);
    const outcome = await env.door.handle(incoming);
    await rememberConversation(env, incoming, outcome, referenceOf(activity));
    // Teams delivered this activity again (same id): the first delivery answered, and in a channel
    // everyone would see the answer twice.
    if (outcome.effect === "repeat") return;
    await sendOutcome(ctx, outcome);
    env.door.announce(outcome, incoming);
  };
}
