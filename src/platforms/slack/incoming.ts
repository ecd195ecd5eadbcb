// From a Slack payload to the door's Incoming: where it was said, by whom, what, and its key.
import { cleanIncomingText } from "../../core/incoming-text.ts";
import type { Incoming, IncomingInput } from "../../services/conversation.ts";
import type { Identity } from "../../services/members.ts";

export interface SlackPlace {
  teamId: string;
  /** The channel; absent in App Home and in a modal opened from it. */
  channelId?: string;
  channelName?: string;
  userId: string;
}

/** App Home has no channel: it is the person's own place, like a 1:1 chat. */
export const homeChannelId = (userId: string) => `home:${userId}`;

export function slackIncoming(
  place: SlackPlace,
  identity: Identity,
  input: IncomingInput,
  idempotencyKey: string,
): Incoming {
  const channelId = place.channelId ?? homeChannelId(place.userId);
  const personal = !place.channelId || place.channelId.startsWith("D");
  return {
    platform: "slack",
    workspaceId: place.teamId,
    channelId,
    conversationType: personal ? "personal" : "channel",
    identity,
    input,
    idempotencyKey,
    reference: {
      teamId: place.teamId,
      channelId,
      // Stored with the binding: PostgreSQL's jsonb refuses \u0000.
      ...(place.channelName ? { channelName: cleanIncomingText(place.channelName) } : {}),
    },
  };
}
