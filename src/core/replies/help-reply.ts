// `hjälp` and `hjälp <kommando>`.
import type { Messages } from "../../texts/index.ts";
import { COMMAND_HELP, type CommandHelp, type HelpKind, helpFor } from "../command-help.ts";
import { normalizeForMatch } from "../normalize-text.ts";
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

/** The commands `hjälp` shows in full; the rest are named area by area, with `hjälp alla` for all. */
const MOST_USED: readonly HelpKind[] = [
  "status_set",
  "show",
  "list",
  "agenda_show",
  "agenda_add",
  "meetings",
  "attendance_set",
  "report",
  "web_login",
  "help",
];

const ALL_WORDS = new Set(["alla", "all", "allt", "everything"]);

export function helpReply(t: Messages, topic?: string): Reply {
  const asked = topic ? normalizeForMatch(topic).trim() : undefined;
  if (asked && ALL_WORDS.has(asked))
    return reply("info", [
      { type: "heading", text: t.help.heading },
      { type: "bullets", items: COMMAND_HELP.map((e) => entryLine(t, e)) },
      { type: "note", text: t.help.footer },
    ]);
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
  // An unknown topic: the apology first, then the overview.
  const apology: Block[] = topic ? [{ type: "text", text: t.help.unknownTopic(topic) }] : [];
  const common = MOST_USED.map((kind) => COMMAND_HELP.find((e) => e.kind === kind)).filter(
    (e): e is CommandHelp => e !== undefined,
  );
  return reply("info", [
    ...apology,
    { type: "heading", text: t.help.heading },
    { type: "bullets", items: common.map((e) => entryLine(t, e)) },
    { type: "heading", text: t.help.moreHeading },
    { type: "bullets", items: [...t.help.areas] },
    { type: "note", text: `${t.help.moreHint} ${t.help.footer}` },
  ]);
}

/** Help in a channel that is not bound yet: how to bind it, too. */
export function withBindHint(t: Messages, r: Reply): Reply {
  return { ...r, blocks: [...r.blocks, { type: "note", text: t.help.bindHint }] };
}
