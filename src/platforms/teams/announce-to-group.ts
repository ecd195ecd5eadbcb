// A status change made in a personal chat (typed, or a card's button there) is told in the group's
// bound Teams channels in one line, as a change made in a channel is seen there by everyone. It runs
// after the person has their answer and never holds it up; a failure is logged, and a channel the bot
// was removed from has its binding deactivated by the notifier.
import { type Reply, reply } from "../../core/reply.ts";
import { activeBindings } from "../../services/channels.ts";
import type { IncomingMessage } from "../../services/conversation.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";

/** The announcement as a reply of its own, for the channel. */
export function announcementReply(text: string): Reply {
  return reply("info", [{ type: "text", text }], { visibility: "channel" });
}

async function announce(env: TeamsHandlerEnv, message: IncomingMessage, text: string): Promise<void> {
  const resolved = await env.conversation.context(message);
  if (!resolved.ok) return;
  const bindings = await activeBindings(env.deps.prisma, resolved.ctx.group.id);
  for (const binding of bindings) {
    if (binding.platform !== "teams") continue;
    const result = await env.notifier.postToChannel(binding, announcementReply(text));
    if (!result.ok)
      env.logger.warn(
        { channel: binding.channelId, reason: result.reason },
        "teams announcement not delivered",
      );
  }
}

/** Starts the announcement of a change made in a personal chat; returns at once. */
export function announceFromPersonalChat(env: TeamsHandlerEnv, message: IncomingMessage, r: Reply): void {
  if (message.conversationType !== "personal" || !r.announcement) return;
  const text = r.announcement.text;
  const running = announce(env, message, text)
    .catch((error) => env.logger.error({ err: error }, "teams announcement failed"))
    .finally(() => env.pending.delete(running));
  env.pending.add(running);
}
