// app_home_opened: draw the person's App Home (events are acknowledged by Bolt before this runs).
import type { App } from "@slack/bolt";
import { publishHome } from "../app-home.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    await publishHome(deps, body.team_id ?? "", event.user);
  });
}
