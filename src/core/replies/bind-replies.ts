// Confirmation of `koppla`.
import type { Reply } from "../reply.js";
import { reply } from "../reply.js";

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
