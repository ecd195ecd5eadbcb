// Sends a reply, or an outcome's replies, into the conversation a message came from (in a channel:
// into its thread). A file the core attaches is mentioned with how to get it (replyActivities).
import type { IActivityContext } from "@microsoft/teams.apps";
import type { Outcome } from "../../core/outcome.ts";
import type { Reply } from "../../core/reply.ts";
import { replyActivities } from "./reply-activities.ts";

export async function sendReply(ctx: Pick<IActivityContext, "send">, reply: Reply): Promise<void> {
  for (const activity of replyActivities(reply)) await ctx.send(activity);
}

export async function sendOutcome(ctx: Pick<IActivityContext, "send">, outcome: Outcome): Promise<void> {
  await sendReply(ctx, outcome.reply);
  for (const r of outcome.before ?? []) await sendReply(ctx, r);
}
