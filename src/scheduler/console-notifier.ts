// A Notifier for the terminal: prints each notification as plain text. `lok tick` uses it when no chat
// platform is configured, and it receives what has no channel to go to (a group not yet bound).
// Stored text may hold control characters; they are printed visibly, never run by the terminal.
// The headings are the terminal's (`t`); each notification is in its group's language.
import type { Writable } from "node:stream";
import { renderText } from "../platforms/console/render-text.ts";
import { showControls } from "../platforms/console/visible-controls.ts";
import type { Notifier } from "../services/notifier.ts";
import { type Messages, textsFor } from "../texts/index.ts";

export function createConsoleNotifier(output: Writable, t: Messages = textsFor()): Notifier {
  const print = (heading: string, text: string) => {
    output.write(showControls(`── ${heading} ──\n${text}\n\n`));
  };
  return {
    platform: "console",
    async postToChannel(binding, reply) {
      print(t.cli.tick.toChannel(binding.channelId), renderText(reply));
      return { ok: true };
    },
    async sendDirect(member, reply) {
      print(t.cli.tick.direct(member.name), renderText(reply));
      return { ok: true };
    },
  };
}
