// The usage line(s) for a command word, for error replies that say what to type instead.
import type { Messages } from "../texts/index.ts";
import { COMMAND_HELP, helpFor } from "./command-help.ts";

export function usageFor(t: Messages, commandWord: string): string {
  // "ny aktivitet", "webb namn": the first word names the command.
  const entries = helpFor(commandWord).length
    ? helpFor(commandWord)
    : helpFor(commandWord.split(" ")[0] ?? "");
  const chosen = entries.length ? entries : COMMAND_HELP.filter((h) => h.kind === "help");
  return chosen.map((h) => `\`${t.help.entries[h.kind].usage}\``).join(t.help.usageOr);
}
