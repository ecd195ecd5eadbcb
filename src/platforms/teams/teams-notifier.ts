// Proactive posts (reminders, agendas, digests) to stored Teams conversations, through the SDK's API
// client on the serviceUrl Teams gave for that conversation. Failures become DeliveryResults the outbox
// understands; a 403/404 deactivates the binding (or forgets the personal chat) instead of retrying.
import { toActivityParams } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import type { Logger } from "pino";
import type { Clock } from "../../core/clock.ts";
import type { Reply } from "../../core/reply.ts";
import type { ChannelBinding, Member } from "../../db/generated/client.ts";
import { deactivateBinding } from "../../services/channels.ts";
import type { Db } from "../../services/deps.ts";
import type { DeliveryResult, Notifier } from "../../services/notifier.ts";
import { forgetPersonalChat, parseReference } from "./conversation-store.ts";
import { deliveryFailure } from "./delivery-error.ts";
import type { TeamsReference } from "./incoming-message.ts";
import { replyActivities } from "./reply-activities.ts";

export interface TeamsNotifierDeps {
  app: App;
  db: Db;
  clock: Clock;
  logger: Logger;
}

export function createTeamsNotifier({ app, db, clock, logger }: TeamsNotifierDeps): Notifier {
  async function deliver(reference: TeamsReference, reply: Reply): Promise<DeliveryResult> {
    const api = app.api.clone({ serviceUrl: reference.serviceUrl });
    try {
      for (const activity of replyActivities(reply)) {
        // As the SDK's own ActivitySender does: the bot as sender, the conversation as addressed.
        const outgoing = {
          ...toActivityParams(activity),
          from: { id: reference.botId, role: "bot" },
          conversation: { id: reference.conversationId },
        };
        await api.conversations.createActivity(reference.conversationId, outgoing);
      }
      return { ok: true };
    } catch (error) {
      const result = deliveryFailure(error, clock.now());
      logger.warn(
        {
          conversation: reference.conversationId,
          permanent: result.permanent,
          retryAfterMs: result.retryAfterMs,
        },
        `teams delivery failed: ${result.reason}`,
      );
      return result;
    }
  }

  return {
    platform: "teams",
    async postToChannel(binding: ChannelBinding, reply: Reply): Promise<DeliveryResult> {
      const reference = parseReference(binding.reference);
      if (!reference) {
        return { ok: false, permanent: true, reason: "the binding has no Teams conversation reference" };
      }
      const result = await deliver(reference, reply);
      if (!result.ok && result.deactivateBinding) await deactivateBinding(db, binding);
      return result;
    },
    async sendDirect(member: Member, reply: Reply): Promise<DeliveryResult | undefined> {
      const chat = await db.personalConversation.findUnique({
        where: { memberId_platform: { memberId: member.id, platform: "teams" } },
      });
      const reference = chat && parseReference(chat.reference);
      if (!chat || !reference) return undefined;
      const result = await deliver(reference, reply);
      if (!result.ok && result.deactivateBinding) {
        await forgetPersonalChat(db, chat.conversationId);
        return { ...result, deactivateBinding: false };
      }
      return result;
    },
  };
}
