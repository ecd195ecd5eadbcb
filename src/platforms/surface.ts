// What a chat surface is to the rest of the bot: started with the door, the services and the
// announcer, it serves its platform and delivers what the scheduler sends. A new surface is a folder
// under platforms/ with a surface.ts implementing this, and one line in registry.ts.
import type { Config } from "../config.ts";
import type { SharedHttpServer } from "../http/server.ts";
import type { Announcer } from "../services/announcements.ts";
import type { Door } from "../services/conversation.ts";
import type { ServiceDeps } from "../services/deps.ts";
import type { Notifier } from "../services/notifier.ts";

export interface SurfaceContext {
  config: Config;
  deps: ServiceDeps;
  door: Door;
  announcer: Announcer;
  /** The one HTTP server (PORT), where a surface mounts its endpoint before it listens. */
  http?: SharedHttpServer;
}

export interface RunningSurface {
  name: string;
  notifier: Notifier;
  stop(): Promise<void>;
}

export interface SurfaceModule {
  /** Serves the platform (registers its channel poster with the announcer). */
  start(ctx: SurfaceContext): Promise<RunningSurface>;
  /** Only what delivers notifications, without serving (`lok tick`). */
  notifier(ctx: SurfaceContext): Promise<Notifier>;
}

export interface SurfaceEntry {
  name: string;
  configured(config: Config): boolean;
  /** Loaded only when configured: a platform's SDK weighs megabytes. */
  load(): Promise<SurfaceModule>;
}
