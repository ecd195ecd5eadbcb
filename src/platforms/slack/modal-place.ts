// Where a modal was opened from (its origin, kept in the view's private metadata) and who submitted
// it: the team, the person, the channel unless it came from App Home, and the ReplyTarget that answers
// there, for every modal's submission.
import type { ViewSubmitAction } from "@slack/bolt";
import type { ReplyTarget } from "./deliver.ts";

export interface ModalOrigin {
  team: string;
  ch?: string;
  url?: string;
  home?: boolean;
}

export function modalPlace(body: ViewSubmitAction, o: ModalOrigin) {
  const teamId = body.team?.id ?? o.team;
  const userId = body.user.id;
  const channelId = o.home ? undefined : o.ch;
  const target: ReplyTarget = {
    teamId,
    userId,
    ...(channelId ? { channelId } : {}),
    ...(o.url ? { responseUrl: o.url } : {}),
  };
  const place = { teamId, userId, ...(channelId ? { channelId } : {}) };
  return { teamId, userId, channelId, target, place };
}
