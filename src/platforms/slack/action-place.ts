// Where a button was pressed (block_actions): the team, the person, the channel and message or App Home,
// and the ReplyTarget that answers there.
import type { BlockAction } from "@slack/bolt";
import type { ReplyTarget } from "./deliver.ts";

export interface ActionPlace {
  teamId: string;
  userId: string;
  fromHome: boolean;
  channelId?: string;
  messageTs?: string;
  isEphemeral: boolean;
  target: ReplyTarget;
}

export function actionPlace(body: BlockAction): ActionPlace {
  const teamId = body.team?.id ?? body.user.team_id ?? "";
  const userId = body.user.id;
  const container = body.container as {
    type?: string;
    message_ts?: string;
    channel_id?: string;
    is_ephemeral?: boolean;
  };
  const fromHome = container.type === "view";
  const channelId = fromHome ? undefined : (body.channel?.id ?? container.channel_id);
  const messageTs = container.message_ts ?? body.message?.ts;
  const target: ReplyTarget = {
    teamId,
    userId,
    ...(channelId ? { channelId } : {}),
    ...(body.response_url ? { responseUrl: body.response_url } : {}),
  };
  return {
    teamId,
    userId,
    fromHome,
    ...(channelId ? { channelId } : {}),
    ...(messageTs ? { messageTs } : {}),
    isEphemeral: Boolean(container.is_ephemeral),
    target,
  };
}
