// How a surface delivers what the bot says on its own initiative (reminders, agendas, digests).
// The scheduler's outbox dispatcher calls a Notifier per platform; Slack and Teams implement it.

import type { Platform } from "../core/platform.ts";
import type { Reply } from "../core/reply.ts";
import type { ChannelBinding, Member, MemberIdentity } from "../db/generated/client.ts";

export type DeliveryResult =
  | { ok: true }
  | {
      ok: false;
      /** Honour the platform's Retry-After (Slack and Teams 429s). */
      retryAfterMs?: number;
      /** Retrying will not help (channel deleted, bot removed, user gone). */
      permanent: boolean;
      /** The binding should be deactivated (403 from Teams, channel_not_found/is_archived from Slack). */
      deactivateBinding?: boolean;
      reason: string;
    };

/** A member to write to, with the ids the surfaces know them by (oldest first). */
export type DirectRecipient = Member & { identities: MemberIdentity[] };

export interface Notifier {
  platform: Platform;
  /** Posts to a bound channel or conversation. */
  postToChannel(binding: ChannelBinding, reply: Reply): Promise<DeliveryResult>;
  /**
   * Sends a direct message to a member, where the platform allows it. Returns `undefined` when this
   * platform cannot reach the member directly (no id stored); the caller then mentions them in the channel.
   */
  sendDirect(member: DirectRecipient, reply: Reply): Promise<DeliveryResult | undefined>;
}
