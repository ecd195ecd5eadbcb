// On every contact: keep the conversation reference that proactive posts need. A channel refreshes its
// binding's reference; a personal chat is stored for the member behind it (the door found or made them).
import type { Outcome } from "../../core/outcome.ts";
import type { Incoming } from "../../services/conversation.ts";
import { rememberChannel, rememberPersonalChat } from "./conversation-store.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import type { TeamsReference } from "./incoming-message.ts";

export async function rememberConversation(
  env: TeamsHandlerEnv,
  incoming: Incoming,
  outcome: Outcome,
  reference: TeamsReference,
): Promise<void> {
  if (incoming.conversationType === "channel") await rememberChannel(env.db, reference);
  else if (outcome.memberId !== undefined) await rememberPersonalChat(env.db, outcome.memberId, reference);
}
