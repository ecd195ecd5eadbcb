// The Teams surface as the registry starts it.
import type { SurfaceModule } from "../surface.ts";
import { createTeamsSurface } from "./index.ts";

export const teams: SurfaceModule = {
  async start({ config, deps, door, announcer, http }) {
    if (!config.teams) throw new Error("Teams is not configured");
    const surface = await createTeamsSurface({
      config: config.teams,
      door,
      db: deps.prisma,
      clock: deps.clock,
      announcements: announcer,
      logger: deps.logger,
      ...(http ? { http } : {}),
    });
    await surface.start();
    deps.logger.info({ ownPort: config.teams.port }, "Teams surface started");
    return { name: "teams", notifier: surface.notifier, stop: () => surface.stop() };
  },
  async notifier({ config, deps, door }) {
    if (!config.teams) throw new Error("Teams is not configured");
    const surface = await createTeamsSurface({
      config: config.teams,
      door,
      db: deps.prisma,
      clock: deps.clock,
      logger: deps.logger,
    });
    await surface.initialize();
    return surface.notifier;
  },
};
