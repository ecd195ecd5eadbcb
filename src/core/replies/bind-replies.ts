// Confirmation of `koppla`, and that the channel already was bound there.
import type { Messages } from "../../texts/index.ts";
import type { Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export function channelBoundReply(t: Messages, groupName: string, planName?: string): Reply {
  return reply(
    "success",
    [
      { type: "text", text: t.bind.bound(groupName, planName) },
      { type: "note", text: t.bind.boundNote },
    ],
    { visibility: "channel", effect: "changed" },
  );
}

/** Shown only to the person: the channel has seen the first `koppla`. */
export function channelAlreadyBoundReply(t: Messages, groupName: string): Reply {
  return unchangedReply(t, t.bind.already(groupName));
}
