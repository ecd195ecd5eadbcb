// What the bot says when it is added to a channel, a group chat or a personal chat.
import { ROLE_LABEL } from "../labels.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { DEMO_DATES_NOTE } from "./demo-replies.ts";

/** `demo`: the group greeted is the demo, whose dates are its own. */
export function welcomeReply(
  where: "channel" | "personal",
  boundTo?: string,
  options: { demo?: boolean } = {},
): Reply {
  const demo: Block[] = options.demo ? [{ type: "note", text: DEMO_DATES_NOTE }] : [];
  if (where === "personal") {
    return reply("info", [
      { type: "heading", text: "Hej! Jag är LÖK-boten" },
      {
        type: "text",
        text: "Jag håller ordning på handlingsplanen. Här kan du skriva direkt till mig, till exempel `status 13 klar`, `mina` eller `lista försenade`.",
      },
      ...demo,
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
      ...demo,
      { type: "note", text: "Nämn mig och skriv `hjälp` för att se allt jag kan." },
    ],
    { visibility: "channel" },
  );
}

/** The local console's first lines: where you are, who you type as, and (in the demo) whose dates. */
export function consoleWelcomeReply(welcome: {
  groupName: string;
  actorName: string;
  role: string;
  demo: boolean;
}): Reply {
  return reply("info", [
    {
      type: "text",
      text: `LÖK-boten i ${welcome.groupName}. Du skriver som ${welcome.actorName} (${ROLE_LABEL[welcome.role] ?? welcome.role}).`,
    },
    ...(welcome.demo ? [{ type: "note" as const, text: DEMO_DATES_NOTE }] : []),
    {
      type: "note",
      text: "Skriv `hjälp` för att se vad jag kan, eller `avsluta` (eller Ctrl-C) för att sluta.",
    },
  ]);
}

/** When the local console ends (avsluta, Ctrl-C, Ctrl-D): every reply was saved as it was given. */
export function consoleGoodbyeReply(): Reply {
  return reply("info", [{ type: "text", text: "Hej då! Allt du har skrivit är sparat." }]);
}
