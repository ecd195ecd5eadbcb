// Every Slack listener, one file each, after the guard that turns malformed slash commands away.
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../slack-deps.ts";
import { registerActivityModalSubmission } from "./activity-modal-submission.ts";
import { registerAgendaShortcut } from "./agenda-shortcut.ts";
import { registerAppHomeOpened } from "./app-home-opened.ts";
import { registerCommandButton } from "./command-button.ts";
import { registerConversationMessages } from "./conversation-messages.ts";
import { registerLokCommand } from "./lok-command.ts";
import { registerMalformedCommandGuard } from "./malformed-commands.ts";
import { registerRoundTextSubmission } from "./round-text-submission.ts";
import { registerShowMoreButton } from "./show-more-button.ts";
import { registerStatusModalSubmission } from "./status-modal-submission.ts";

export function registerListeners(app: App, deps: SlackDeps): void {
  registerMalformedCommandGuard(app, deps);
  registerLokCommand(app, deps);
  registerCommandButton(app, deps);
  registerShowMoreButton(app, deps);
  registerStatusModalSubmission(app, deps);
  registerActivityModalSubmission(app, deps);
  registerAgendaShortcut(app, deps);
  registerRoundTextSubmission(app, deps);
  registerAppHomeOpened(app, deps);
  registerConversationMessages(app, deps);
}
