// What the bot says when it is added to a channel, a group chat or a personal chat.
import type { Reply } from "../reply.js";
import { reply } from "../reply.js";

export function welcomeReply(where: "channel" | "personal", boundTo?: string): Reply {
  if (where === "personal") {
    return reply("info", [
      { type: "heading", text: "Hej! Jag är LÖK-boten" },
      {
        type: "text",
        text: "Jag håller ordning på handlingsplanen. Här kan du skriva direkt till mig, till exempel `status 13 klar`, `mina` eller `lista försenade`.",
      },
      { type: "note", text: "Skriv `hjälp` för att se allt jag kan." },
    ]);
  }
  return reply(
    "info",
    [
      { type: "heading", text: "Hej! Jag är LÖK-boten" },
      {
        type: "text",
        text: boundTo
          ? `Den här kanalen är kopplad till ${boundTo}. Nämn mig och skriv ett kommando, till exempel \`@LÖK status 13 klar\`.`
          : "Jag håller ordning på handlingsplanen. En samordnare kopplar kanalen till gruppen genom att nämna mig och skriva `koppla`.",
      },
      { type: "note", text: "Nämn mig och skriv `hjälp` för att se allt jag kan." },
    ],
    { visibility: "channel" },
  );
}

/** When the local console ends (avsluta, Ctrl-C, Ctrl-D): every reply was saved as it was given. */
export function consoleGoodbyeReply(): Reply {
  return reply("info", [{ type: "text", text: "Hej då! Allt du har skrivit är sparat." }]);
}
