// The Microsoft Teams surface: the Teams SDK app serving POST /api/messages, one handler per concern,
// and the Notifier for proactive posts. It translates; the core and the services decide.
import type { AddressInfo } from "node:net";
import { type CloudEnvironment, PUBLIC } from "@microsoft/teams.api";
import type { Logger } from "pino";
import type { TeamsConfig } from "../../config.ts";
import type { Clock } from "../../core/clock.ts";
import { unfinishedReply } from "../../core/replies/delivery-replies.ts";
import { reply } from "../../core/reply.ts";
import type { Announcer } from "../../services/announcements.ts";
import type { Door } from "../../services/conversation.ts";
import type { Db } from "../../services/deps.ts";
import type { Notifier } from "../../services/notifier.ts";
import { textsFor } from "../../texts/index.ts";
import { admitActivity } from "./admit-activity.ts";
import { cardFailureResponse, guarded } from "./error-boundary.ts";
import { handleCardAction } from "./handle-card-action.ts";
import { handleConversationUpdate, handleInstallationUpdate } from "./handle-install.ts";
import { handleMessage } from "./handle-message.ts";
import type { TeamsHandlerEnv } from "./handler-env.ts";
import { createLimitedServer, type HttpLimits, TEAMS_HTTP_LIMITS } from "./http-limits.ts";
import { createInboundAuthenticator } from "./inbound-auth.ts";
import { listenOn, resolveHost } from "./listen.ts";
import { createMessagingAdapter } from "./messaging-adapter.ts";
import { sendReply } from "./send-reply.ts";
import { serviceOrigins } from "./service-origins.ts";
import { createTeamsApp } from "./teams-app.ts";
import { createTeamsNotifier } from "./teams-notifier.ts";

export interface TeamsSurfaceOptions {
  config: TeamsConfig;
  door: Door;
  /** The surface's own conversation references (and the notifier's bindings). */
  db: Db;
  clock: Clock;
  /** Where this surface registers how it tells a Teams channel of a change. */
  announcements?: Announcer;
  logger: Logger;
  /** The SDK's cloud environment; tests point its OpenID metadata and login endpoints at loopback fakes. */
  cloud?: CloudEnvironment;
  /** Where to listen: 0.0.0.0 with credentials; unauthenticated trials only on a loopback address. */
  host?: string;
  /** The server's timeouts and body limit; TEAMS_HTTP_LIMITS unless a test shortens them. */
  httpLimits?: Partial<HttpLimits>;
}

export interface TeamsSurface {
  notifier: Notifier;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The port listened on (config.port, or the one the OS chose for port 0), once started. */
  port(): number;
  /** Prepares the SDK app (credentials, API client) without listening: enough for the notifier. */
  initialize(): Promise<void>;
}

export async function createTeamsSurface(options: TeamsSurfaceOptions): Promise<TeamsSurface> {
  const { config } = options;
  const logger = options.logger.child({ platform: "teams" });
  const host = resolveHost(config, options.host, logger);
  const cloud = options.cloud ?? PUBLIC;
  const limits = { ...TEAMS_HTTP_LIMITS, ...options.httpLimits };
  // Without credentials (local trials on loopback) there is no token to lose: loopback serviceUrls too.
  const origins = serviceOrigins(config.extraServiceOrigins, { loopback: !config.credentials });
  const credentials = config.credentials;
  const authenticate = credentials
    ? createInboundAuthenticator({
        clientId: credentials.clientId,
        cloud,
        ...(config.entraTenantId ? { entraTenantId: config.entraTenantId } : {}),
      })
    : undefined;
  const adapter = createMessagingAdapter({
    admit: admitActivity({ ...(authenticate ? { authenticate } : {}), origins }),
    bodyLimitBytes: limits.bodyLimitBytes,
    logger,
  });
  const server = createLimitedServer(adapter.listener, limits);
  const app = createTeamsApp(config, { adapter, origins, cloud, logger });
  const notifier = createTeamsNotifier({ app, db: options.db, clock: options.clock, logger });
  const env: TeamsHandlerEnv = { door: options.door, db: options.db, logger };
  options.announcements?.register({
    platform: "teams",
    async post(binding, text, _origin, locale) {
      const result = await notifier.postToChannel(
        binding,
        reply("info", [{ type: "text", text }], { visibility: "channel", ...(locale ? { locale } : {}) }),
      );
      if (!result.ok)
        logger.warn(
          { channel: binding.channelId, reason: result.reason },
          "teams announcement not delivered",
        );
    },
  });

  // Through the one error boundary: a message is answered in its conversation and a press on its card;
  // the bot being added or removed has nobody waiting, so only the log hears of a failure there.
  app.on(
    "message",
    // The group of a message that failed is not known here: the default language.
    guarded(logger, handleMessage(env), (ctx) => sendReply(ctx, unfinishedReply(textsFor()))),
  );
  app.on("card.action", guarded(logger, handleCardAction(env), cardFailureResponse));
  app.on(
    "conversationUpdate",
    guarded(logger, handleConversationUpdate(env), () => undefined),
  );
  app.on(
    "installationUpdate",
    guarded(logger, handleInstallationUpdate(env), () => undefined),
  );

  let started = false;
  let initialized: Promise<void> | undefined;
  const initialize = () => {
    initialized ??= app.initialize();
    return initialized;
  };
  return {
    notifier,
    initialize,
    async start() {
      await initialize();
      await listenOn(server, config.port, host);
      started = true;
      logger.info(
        { host, port: (server.address() as AddressInfo).port },
        "teams: listening on /api/messages",
      );
    },
    async stop() {
      if (!started) return;
      started = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await app.stop();
    },
    port() {
      const address = server.address();
      if (!address || typeof address === "string") throw new Error("the Teams surface is not started");
      return address.port;
    },
  };
}
