// Sends a reply into the conversation a message came from (in a channel: into its thread).
import type { IActivityContext } from "@microsoft/teams.apps";
import type { Reply } from "../../core/reply.ts";
import { replyActivities } from "./reply-activities.ts";

export async function sendReply(ctx: Pick<IActivityContext, "send">, reply: Reply): Promise<void> {
  for (const activity of replyActivities(reply)) await ctx.send(activity);
}
