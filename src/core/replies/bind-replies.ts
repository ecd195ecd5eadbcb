// Confirmation of `koppla`, and that the channel already was bound there.
import type { Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export function channelBoundReply(groupName: string, planName?: string): Reply {
  return reply(
    "success",
    [
      {
        type: "text",
        text: `Den här kanalen är nu kopplad till ${groupName}${planName ? ` och ${planName}` : ""}.`,
      },
      {
        type: "note",
        text: "Här kommer påminnelser och dagordningar. Prova `lista`, `status <nr> <status>` eller `hjälp`.",
      },
    ],
    { visibility: "channel", effect: "changed" },
  );
}

/** Shown only to the person: the channel has seen the first `koppla`. */
export function channelAlreadyBoundReply(groupName: string): Reply {
  return unchangedReply(`Den här kanalen är redan kopplad till ${groupName}.`);
}
