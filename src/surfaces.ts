// Starts the chat surfaces that are configured, in the registry's order, each on the same door.
import type { Config } from "./config.ts";
import { SURFACES } from "./platforms/registry.ts";
import type { RunningSurface, SurfaceContext } from "./platforms/surface.ts";
import { createAnnouncer } from "./services/announcements.ts";
import { createDoor } from "./services/conversation.ts";
import type { ServiceDeps } from "./services/deps.ts";
import { createCommandExecutor } from "./services/execute-command.ts";
import type { Notifier } from "./services/notifier.ts";

export type { RunningSurface } from "./platforms/surface.ts";

export async function startSurfaces(ctx: SurfaceContext): Promise<RunningSurface[]> {
  const running: RunningSurface[] = [];
  try {
    for (const entry of SURFACES) {
      if (!entry.configured(ctx.config)) continue;
      running.push(await (await entry.load()).start(ctx));
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
 * The notifiers of the configured surfaces without serving their endpoints, for `lok tick`: each
 * platform's API client is enough to deliver.
 */
export async function createNotifiers(config: Config, deps: ServiceDeps): Promise<Notifier[]> {
  const announcer = createAnnouncer(deps);
  const door = createDoor(deps, createCommandExecutor(deps, { publicUrl: config.publicUrl }), {
    admins: config.admins,
    announcer,
  });
  const ctx = { config, deps, door, announcer };
  const notifiers: Notifier[] = [];
  for (const entry of SURFACES) {
    if (entry.configured(config)) notifiers.push(await (await entry.load()).notifier(ctx));
  }
  return notifiers;
}
