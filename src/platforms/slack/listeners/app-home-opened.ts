// app_home_opened: draw the person's App Home (events are acknowledged by Bolt before this runs).
import type { App } from "@slack/bolt";
import { publishHome } from "../app-home.ts";
import type { SlackDeps } from "../slack-deps.ts";

export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    const teamId = body.team_id ?? "";
    try {
      await publishHome(deps, teamId, event.user);
    } catch (error) {
      deps.logger.error({ err: error, team: teamId, user: event.user }, "slack app home failed");
    }
  });
}
