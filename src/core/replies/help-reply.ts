// `hjälp` and `hjälp <kommando>`.
import { COMMAND_HELP, type CommandHelp, helpFor } from "../command-help.ts";
import type { Reply } from "../reply.ts";
import { reply } from "../reply.ts";

function entryLine(h: CommandHelp): string {
  return `\`${h.usage}\` — ${h.description}${h.coordinatorsOnly ? " (samordnare)" : ""}`;
}

export function helpReply(topic?: string): Reply {
  if (topic) {
    const entries = helpFor(topic);
    if (entries.length) {
      return reply("info", [
        { type: "heading", text: `Hjälp: ${entries[0]?.word}` },
        { type: "bullets", items: entries.map(entryLine) },
        { type: "note", text: `Exempel: ${entries.map((e) => `\`${e.example}\``).join(", ")}` },
      ]);
    }
  }
  return reply("info", [
    { type: "heading", text: "Det här kan jag" },
    ...(topic
      ? [{ type: "text" as const, text: `Jag har ingen hjälp om ”${topic}”, men här är allt jag kan:` }]
      : []),
    { type: "bullets", items: COMMAND_HELP.map(entryLine) },
    {
      type: "note",
      text: "Statusar: ej påbörjad, pågår, klar, försenad, pausad, struken. Datum: 2027-03-15, 15/3, 15 mars, v12, idag, imorgon.",
    },
  ]);
}

/** Help in a channel that is not bound yet: how to bind it, too. */
export function withBindHint(r: Reply): Reply {
  return {
    ...r,
    blocks: [
      ...r.blocks,
      { type: "note", text: "Kanalen är inte kopplad till någon grupp än: en samordnare skriver `koppla`." },
    ],
  };
}
