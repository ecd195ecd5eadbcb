// The usage line(s) for a command word, for error replies that say what to type instead.
import type { Messages } from "../texts/index.ts";
import { COMMAND_HELP, helpFor } from "./command-help.ts";

export function usageFor(t: Messages, commandWord: string): string {
  const entries = helpFor(commandWord);
  const chosen = entries.length ? entries : COMMAND_HELP.filter((h) => h.kind === "help");
  return chosen.map((h) => `\`${t.help.entries[h.kind].usage}\``).join(t.help.usageOr);
}
