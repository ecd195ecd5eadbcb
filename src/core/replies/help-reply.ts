// `hjälp` and `hjälp <kommando>`.
import type { Messages } from "../../texts/index.ts";
import { COMMAND_HELP, type CommandHelp, helpFor } from "../command-help.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";

function entryLine(t: Messages, h: CommandHelp): string {
  const entry = t.help.entries[h.kind];
  return `\`${entry.usage}\` — ${entry.description}${h.coordinatorsOnly ? t.help.coordinatorsOnly : ""}`;
}

/** The command word as this language's help writes it ("lista", "list"). */
function firstWord(t: Messages, h: CommandHelp | undefined): string {
  return h ? (t.help.entries[h.kind].usage.split(" ")[0] ?? h.word) : "";
}

export function helpReply(t: Messages, topic?: string): Reply {
  if (topic) {
    const entries = helpFor(topic);
    if (entries.length) {
      return reply("info", [
        { type: "heading", text: t.help.topicHeading(firstWord(t, entries[0])) },
        { type: "bullets", items: entries.map((e) => entryLine(t, e)) },
        { type: "note", text: t.help.examples(entries.map((e) => t.help.entries[e.kind].example)) },
      ]);
    }
  }
  // An unknown topic: the apology first, then everything there is.
  const apology: Block[] = topic ? [{ type: "text", text: t.help.unknownTopic(topic) }] : [];
  return reply("info", [
    ...apology,
    { type: "heading", text: t.help.heading },
    { type: "bullets", items: COMMAND_HELP.map((e) => entryLine(t, e)) },
    { type: "note", text: t.help.footer },
  ]);
}

/** Help in a channel that is not bound yet: how to bind it, too. */
export function withBindHint(t: Messages, r: Reply): Reply {
  return { ...r, blocks: [...r.blocks, { type: "note", text: t.help.bindHint }] };
}
