// A Notifier for the terminal: prints each notification as plain text. `lok tick` uses it when no chat
// platform is configured, and it receives what has no channel to go to (a group not yet bound).
// Stored text may hold control characters; they are printed visibly, never run by the terminal.
import type { Writable } from "node:stream";
import { renderText } from "../platforms/console/render-text.ts";
import { showControls } from "../platforms/console/visible-controls.ts";
import type { Notifier } from "../services/notifier.ts";

export function createConsoleNotifier(output: Writable): Notifier {
  const print = (heading: string, text: string) => {
    output.write(showControls(`── ${heading} ──\n${text}\n\n`));
  };
  return {
    platform: "console",
    async postToChannel(binding, reply) {
      print(`till kanalen ${binding.channelId}`, renderText(reply));
      return { ok: true };
    },
    async sendDirect(member, reply) {
      print(`direkt till ${member.name}`, renderText(reply));
      return { ok: true };
    },
  };
}
