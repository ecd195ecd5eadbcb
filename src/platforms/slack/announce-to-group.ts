// A change made outside a channel (App Home) is announced in the group's bound Slack channels.
import type { Reply } from "../../core/reply.ts";
import { activeBindings } from "../../services/channels.ts";
import type { IncomingMessage } from "../../services/conversation.ts";
import { announce } from "./deliver.ts";
import type { SlackDeps } from "./slack-deps.ts";

export async function announceToGroup(
  deps: SlackDeps,
  message: Omit<IncomingMessage, "text">,
  reply: Reply,
): Promise<void> {
  if (!reply.announcement) return;
  const resolved = await deps.conversation.context(message);
  if (!resolved.ok) return;
  const bindings = await activeBindings(deps.services.prisma, resolved.ctx.group.id);
  const userId = message.identity.userId ?? "";
  for (const b of bindings) {
    if (b.platform !== "slack" || b.workspaceId !== message.workspaceId) continue;
    announce(deps, { teamId: b.workspaceId, userId, channelId: b.channelId }, reply);
  }
}
