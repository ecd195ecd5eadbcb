// The Slack surface as the registry starts it.
import type { SurfaceModule } from "../surface.ts";
import { createSlackSurface } from "./index.ts";

export const slack: SurfaceModule = {
  async start({ config, deps, door, announcer, http }) {
    if (!config.slack) throw new Error("Slack is not configured");
    const surface = await createSlackSurface({
      config: config.slack,
      door,
      clock: deps.clock,
      announcements: announcer,
      logger: deps.logger,
      ...(http ? { http } : {}),
    });
    await surface.start();
    deps.logger.info({ mode: surface.mode }, "Slack surface started");
    return { name: "slack", notifier: surface.notifier, stop: () => surface.stop() };
  },
  async notifier({ config, deps, door }) {
    if (!config.slack) throw new Error("Slack is not configured");
    return (await createSlackSurface({ config: config.slack, door, clock: deps.clock, logger: deps.logger }))
      .notifier;
  },
};
