// A change is told to the group's channels in one line, once, by one rule for every surface: a change
// made in a bound channel is told there (everyone there sees it); one made elsewhere (a personal chat,
// Slack's App Home) is told in every channel bound to the group, on every surface that is running.
// Each surface registers how it posts a line; pacing and retries are its own.
import type { GroupAnnouncement } from "../core/outcome.ts";
import type { Platform } from "../core/platform.ts";
import type { ChannelBinding } from "../db/generated/client.ts";
import type { Locale } from "../texts/index.ts";
import { activeBindings } from "./channels.ts";
import type { Incoming } from "./conversation.ts";
import type { ServiceDeps } from "./deps.ts";

export interface ChannelPoster {
  platform: Platform;
  /**
   * Posts one line in a bound channel; `locale` is the language it is written in, for whatever the
   * surface says around it. Failures are the surface's to log; it must not throw.
   */
  post(binding: ChannelBinding, text: string, origin: Incoming, locale?: Locale): Promise<void>;
}

export interface Announcer {
  register(poster: ChannelPoster): void;
  /** Starts telling the channels; returns at once, so that nobody waits for it. */
  announce(announcements: readonly GroupAnnouncement[], origin: Incoming): void;
  /** Waits for the announcements under way (before a shutdown). */
  flush(): Promise<void>;
}

const sameChannel = (b: ChannelBinding, origin: Incoming) =>
  b.platform === origin.platform && b.workspaceId === origin.workspaceId && b.channelId === origin.channelId;

export function createAnnouncer(deps: Pick<ServiceDeps, "prisma" | "logger">): Announcer {
  // Keyed by text: a binding's platform is what the database holds.
  const posters = new Map<string, ChannelPoster>();
  const pending = new Set<Promise<void>>();

  async function tell(a: GroupAnnouncement, origin: Incoming): Promise<void> {
    const bindings = (await activeBindings(deps.prisma, a.groupId)).filter((b) => posters.has(b.platform));
    const here = origin.conversationType === "channel" ? bindings.filter((b) => sameChannel(b, origin)) : [];
    for (const binding of here.length ? here : bindings) {
      await posters.get(binding.platform)?.post(binding, a.text, origin, a.locale);
    }
  }

  return {
    register(poster) {
      posters.set(poster.platform, poster);
    },
    announce(announcements, origin) {
      if (posters.size === 0) return;
      for (const a of announcements) {
        const running = tell(a, origin)
          .catch((error: unknown) =>
            deps.logger.error({ err: error, group: a.groupId }, "announcement failed"),
          )
          .finally(() => pending.delete(running));
        pending.add(running);
      }
    },
    async flush() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
