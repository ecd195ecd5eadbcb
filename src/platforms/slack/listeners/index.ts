// Every Slack listener, one file each, after the guard that turns malformed slash commands away.
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../slack-deps.js";
import { registerAppHomeOpened } from "./app-home-opened.js";
import { registerCommandButton } from "./command-button.js";
import { registerLokCommand } from "./lok-command.js";
import { registerMalformedCommandGuard } from "./malformed-commands.js";
import { registerShowMoreButton } from "./show-more-button.js";
import { registerStatusModalSubmission } from "./status-modal-submission.js";

export function registerListeners(app: App, deps: SlackDeps): void {
  registerMalformedCommandGuard(app, deps);
  registerLokCommand(app, deps);
  registerCommandButton(app, deps);
  registerShowMoreButton(app, deps);
  registerStatusModalSubmission(app, deps);
  registerAppHomeOpened(app, deps);
}
