// On every contact: keep the conversation reference that proactive posts need. A channel refreshes its
// binding's reference; a personal chat is stored for the member behind it (created on first contact).
import type { IncomingMessage } from "../../services/conversation.ts";
import { rememberChannel, rememberPersonalChat } from "./conversation-store.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import type { TeamsReference } from "./incoming-message.ts";

export async function rememberConversation(
  env: TeamsHandlerEnv,
  message: Omit<IncomingMessage, "text">,
  reference: TeamsReference,
): Promise<void> {
  const { prisma } = env.deps;
  if (message.conversationType === "channel") {
    await rememberChannel(prisma, reference);
    return;
  }
  const resolved = await env.conversation.context(message);
  if (resolved.ok) await rememberPersonalChat(prisma, resolved.ctx.actor.memberId, reference);
}
