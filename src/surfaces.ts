// Starts the chat platforms that are configured (Slack, Teams), each on the same conversation layer.
// A platform's SDK is loaded only when the platform is configured: each weighs megabytes of memory.
import type { Config } from "./config.ts";
import { createConversation } from "./services/conversation.ts";
import type { ServiceDeps } from "./services/deps.ts";
import { type CommandExecutor, createCommandExecutor } from "./services/execute-command.ts";
import type { Notifier } from "./services/notifier.ts";

export interface RunningSurface {
  name: "slack" | "teams";
  notifier: Notifier;
  stop(): Promise<void>;
}

function surfaceOptions(config: Config, deps: ServiceDeps, executor: CommandExecutor) {
  const conversation = createConversation(deps, executor, config.admins);
  return { conversation, deps, admins: config.admins, logger: deps.logger };
}

export async function startSurfaces(
  config: Config,
  deps: ServiceDeps,
  executor: CommandExecutor,
): Promise<RunningSurface[]> {
  const common = surfaceOptions(config, deps, executor);
  const running: RunningSurface[] = [];
  try {
    if (config.slack) {
      const { createSlackSurface } = await import("./platforms/slack/index.ts");
      const slack = await createSlackSurface({ ...common, config: config.slack, executor });
      await slack.start();
      running.push({ name: "slack", notifier: slack.notifier, stop: () => slack.stop() });
      deps.logger.info({ mode: slack.mode, port: slack.address()?.port }, "Slack surface started");
    }
    if (config.teams) {
      const { createTeamsSurface } = await import("./platforms/teams/index.ts");
      const teams = await createTeamsSurface({ ...common, config: config.teams });
      await teams.start();
      running.push({ name: "teams", notifier: teams.notifier, stop: () => teams.stop() });
      deps.logger.info({ port: teams.port() }, "Teams is listening on /api/messages");
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

/**
 * The notifiers of the configured platforms without serving their endpoints, for `lok tick`: Slack's
 * Web API client and Teams' Bot Connector client are enough to deliver.
 */
export async function createNotifiers(config: Config, deps: ServiceDeps): Promise<Notifier[]> {
  const executor = createCommandExecutor(deps);
  const common = surfaceOptions(config, deps, executor);
  const notifiers: Notifier[] = [];
  if (config.slack) {
    const { createSlackSurface } = await import("./platforms/slack/index.ts");
    notifiers.push((await createSlackSurface({ ...common, config: config.slack })).notifier);
  }
  if (config.teams) {
    const { createTeamsSurface } = await import("./platforms/teams/index.ts");
    const teams = await createTeamsSurface({ ...common, config: config.teams });
    await teams.initialize();
    notifiers.push(teams.notifier);
  }
  return notifiers;
}
