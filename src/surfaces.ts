// Starts the chat platforms that are configured (Slack, Teams), each on the same conversation layer.
import type { App } from "./main.js";
import { createSlackSurface } from "./platforms/slack/index.js";
import { createTeamsSurface } from "./platforms/teams/index.js";
import { createConversation } from "./services/conversation.js";
import type { Notifier } from "./services/notifier.js";

export interface RunningSurface {
  name: "slack" | "teams";
  notifier: Notifier;
  stop(): Promise<void>;
}

export async function startSurfaces(app: App): Promise<RunningSurface[]> {
  const { config, logger } = app;
  const deps = { prisma: app.db.prisma, clock: app.clock, logger };
  const conversation = createConversation(deps, app.executor, config.admins);
  const running: RunningSurface[] = [];
  try {
    if (config.slack) {
      const slack = await createSlackSurface({
        config: config.slack,
        conversation,
        deps,
        admins: config.admins,
        logger,
        executor: app.executor,
      });
      await slack.start();
      running.push({ name: "slack", notifier: slack.notifier, stop: () => slack.stop() });
      logger.info({ mode: slack.mode, port: slack.address()?.port }, "Slack surface started");
    }
    if (config.teams) {
      const teams = await createTeamsSurface({
        config: config.teams,
        conversation,
        deps,
        admins: config.admins,
        logger,
      });
      await teams.start();
      running.push({ name: "teams", notifier: teams.notifier, stop: () => teams.stop() });
      logger.info({ port: teams.port() }, "Teams is listening on /api/messages");
    }
  } catch (error) {
    await stopSurfaces(running);
    throw error;
  }
  return running;
}

export async function stopSurfaces(surfaces: RunningSurface[]): Promise<void> {
  for (const surface of [...surfaces].reverse()) await surface.stop();
}
