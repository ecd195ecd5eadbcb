// The Slack Notifier: what the scheduler's outbox dispatcher calls to post reminders, agendas and
// digests. A 429 comes back as retryAfterMs (Slack's Retry-After); a channel that is gone (deleted,
// archived, bot removed) is permanent and deactivates the binding.
import type { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import type { Reply } from "../../core/reply.ts";
import type { ChannelBinding } from "../../db/generated/client.ts";
import type { DeliveryResult, DirectRecipient, Notifier } from "../../services/notifier.ts";
import { renderMessage } from "./render-blocks.ts";
import { deliveryFailure, logSlackError } from "./web-api-errors.ts";

export function createSlackNotifier(web: WebClient, logger: Logger): Notifier {
  async function post(
    channel: string,
    reply: Reply,
    target: "channel" | "direct",
    context: Record<string, unknown>,
  ): Promise<DeliveryResult> {
    try {
      await web.chat.postMessage({ channel, ...renderMessage(reply) });
      return { ok: true };
    } catch (error) {
      const failure = logSlackError(logger, error, { method: "chat.postMessage", target, ...context });
      return deliveryFailure(failure, target);
    }
  }

  return {
    platform: "slack",
    postToChannel(binding: ChannelBinding, reply: Reply) {
      return post(binding.channelId, reply, "channel", {
        binding: binding.id,
        team: binding.workspaceId,
        channel: binding.channelId,
      });
    },
    async sendDirect(member: DirectRecipient, reply: Reply) {
      const slack = member.identities.find((id) => id.platform === "slack");
      if (!slack) return undefined;
      // A user id as channel: the app's own Messages tab with that person.
      return post(slack.externalId, reply, "direct", { member: member.id });
    },
  };
}
