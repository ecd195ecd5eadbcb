// The chat surfaces the bot can serve, in the order they start. Adding one is a folder under platforms/
// and a line here.
import type { SurfaceEntry } from "./surface.ts";

export const SURFACES: readonly SurfaceEntry[] = [
  {
    name: "slack",
    configured: (c) => Boolean(c.slack),
    load: async () => (await import("./slack/surface.ts")).slack,
  },
  {
    name: "teams",
    configured: (c) => Boolean(c.teams),
    load: async () => (await import("./teams/surface.ts")).teams,
  },
];
